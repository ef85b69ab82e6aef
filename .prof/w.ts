import { wrapText } from '../src/lib/preview/card.ts';
console.log(wrapText('日本の主張——日本自身の言葉で', 64, 600, 3, true));
console.log(wrapText('日本政府が択捉島、国後島、色丹島、歯舞群島の領有を主張する理由を、政府自身の説明と文書に基づいて示す。', 28, 600, 3));
console.log(wrapText('Japan’s case, as Japan states it', 64, 600, 3, true));
