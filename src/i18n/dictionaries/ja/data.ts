import type { data as English } from '../en/data.ts';

export const data: typeof English = {
  title: 'オープンデータ',
  description: (licence) =>
    `このサイトのもとになっているファクトファイルをオープンデータとして公開する。スキーマ付きのJSON、コレクションごとのCSV、地図用のGeoJSONで、ライセンスは${licence}。各ファイルの列と引用方法も示す。`,
  heading: 'オープンデータ',
  languageCopies:
    '事実から作られるファイル（facts.json、CSVファイル、borders.geojson）はサイトの各言語に1組ずつあり、項目、ID、日付、数値、出典はすべて同じで、テキストがその言語で書かれている。このページのリンクは日本語版のファイルにつながる。スキーマと島の輪郭のファイルはテキストを含まないため、全言語で共通である。',
  lede: 'このサイトの島々、出来事、人物・組織、発言、出典、争点、国境の状態は、すべて一つのファクトファイルから作られている。ここではそれをそのまま公開する。完全な形のJSON、表計算ソフト向けにコレクションごとの表にしたCSV、地図向けのGeoJSONである。',
  versionHeading: 'バージョン',
  versionStart: 'バージョンは',
  versionHash: '（データのハッシュ値）。内容の最終更新日は',
  fromHistory: '（サイトの改訂履歴による）',
  fromContent: '（内容に含まれる最新の日付）',
  versionMiddle:
    'である。以下のファイルはすべて、ビルドのたびに同じデータから作られる。内容が同じなら、ファイルもバージョンも常に同じになる。facts.jsonは、バージョンを',
  versionAnd: 'と',
  versionFields: 'の各フィールドに、フィールドの構成を',
  schemaNote: (schemaVersion) =>
    `に記録している（現在は${schemaVersion}。フィールドが削除されるか意味が変わると1つ目の数字が、フィールドが追加されると2つ目の数字が上がる）。`,
  filesHeading: 'ファイル一覧',
  aboutOpen: '（',
  aboutFile: 'このファイルについて',
  aboutClose: '）',
  jsonHeading: 'ファクトファイル全体：JSON',
  datesStart: 'facts.jsonの日付はオブジェクトで、',
  datesMiddle:
    'のように出典と同じ精度で記す。歴史上の日付には、その種類（一時点、期間、または出典が示す複数の候補）、おおよその日付かどうか、その理由が加わる。項目どうしはIDで結びつく。たとえば出来事の',
  idsAre: 'は、',
  datesEnd: 'に含まれる項目のIDである。',
  csvHeading: 'コレクションごとの表：CSV',
  csvStart:
    'CSVファイルはバイト順マーク（BOM）付きのUTF-8で、表計算ソフトが日本語とロシア語の名称を正しく読み込めるようにしている。形式はRFC 4180に従い、フィールドはカンマで区切り、カンマ、二重引用符、改行を含むフィールドは二重引用符で囲む。1行が1項目である。入れ子のフィールドは、facts.jsonでのパスを列名とする（',
  csvAfterPath: '）。IDのリストは「',
  csvAfterSeparator:
    '」で連結する。文のリスト（注記、役職、数値、訂正）は、セル内に1行に1項目ずつ入れ、出典のIDを角括弧で添える。日付はISO 8601形式で、出典と同じ精度で1855、1945-02、2016-12-15のように記す。最後の列',
  csvEnd: 'は、その項目のこのサイト上のアドレスである。',
  csvDescription: (file, row) => `content/facts/${file}の項目1件につき1行。各行は${row}である。`,
  csvSummary: (description, rows, columns, note) =>
    `${description}${rows}行、${columns}列。${note ?? ''}`,
  columnsCaption: (file) => `${file}の列（並び順）`,
  columnHeader: '列',
  holdsHeader: '内容',
  geojsonHeading: '地図データ：GeoJSON',
  licenceHeading: 'ライセンス',
  licenceStart: 'データは、サイトの本文と同じくクリエイティブ・コモンズ 表示 4.0 ライセンス（',
  licenceTerms: (siteName) =>
    `）で公開している。${siteName}を出典として明記し、このページにリンクすれば、目的を問わず複製、改変、再公開できる。島の輪郭はNatural Earthによるもので、そのデータはパブリックドメインである。引用はあくまで発言者の言葉であり、それぞれに掲載元の出典を示している。出典の方針については`,
  aboutLink: 'このサイトについて',
  licenceEnd: 'を参照。',
  citeHeading: 'データの引用方法',
  citeNote:
    '参照情報は、このバージョンのデータを示している。閲覧日（accessed）の欄に、データをダウンロードした日を書き加えること。',
  files: {
    'facts-json':
      'すべてのファクトコレクションの全項目と、公開済みのすべての記事のフロントマター。内容チェックが読み込むとおりの完全な入れ子構造で、データのバージョンを含む。',
    'facts-schema-json':
      'facts.jsonのJSON Schema（draft 2020-12）。すべてのフィールドとその型、意味を示し、内容チェックが使うスキーマから生成している。facts.jsonは$schemaフィールドでこのファイルを指定している。',
    'borders-geojson':
      '国境の各状態の線を収めたGeoJSONのFeatureCollection。線ごとに1つのLineStringで、座標は[経度, 緯度]。プロパティとして、状態のIDと年、線のラベル、種類、模式図かどうか、注記、出来事と出典のIDを持つ。',
    'outlines-geojson':
      '地図に描く4島と周辺の海岸線の輪郭。Natural Earthの1:10m陸地データから切り出したもので、MultiPolygonからなるGeoJSONのFeatureCollectionである。各要素は種類（島または周辺）と、島のIDまたは陸地の名前を持つ。ファイル名に内容のハッシュ値を含むため、新しいバージョンには新しい名前が付く。',
  },
  rows: {
    sources: '出典（事実、発言、記事の典拠となった文書）',
    islands: '係争中の島または群島',
    actors: '係争に関わる、または発言する人物、政府、組織、民族',
    events: '係争の歴史のなかで日付のある出来事',
    quotes: '原文どおりの引用',
    claims: '争点と、それに対する各当事者の立場',
    borders: '国境の状態（条約や出来事の後に誰が何を領有していたか）',
  },
  tableNotes: {
    claims: '当事者ごとに3列。その争点について立場のない当事者は3列とも空になる。',
    borders: '各線の座標点はborders.geojsonとfacts.jsonにある。',
  },
  columns: jaColumns(),
};

/** What each CSV column holds, by table and column name (src/lib/data-export/columns.ts). */
function jaColumns(): NonNullable<(typeof English)['columns']> {
  const DATE_FORMAT =
    'ISO 8601形式で、年（1855）、月（1945-02）、日（2016-12-15）のいずれか。精度は出典に合わせる';
  const id = (what: string) =>
    `${what}のID。一意で、公開後は変更しない。ほかの表から参照される。`;
  const page = (where: string) => `このサイトでの${where}のアドレス。`;
  const corrections =
    'その項目の誤っていた記述。1行に1件で、日付、元の記述、現在の記述を記す。';
  const date = (what: string) => ({
    date: `${what}。その日、期間の初日、または出典が挙げる日付のうち最も早いもの。${DATE_FORMAT}。`,
    'date.end': `${what}が期間である場合の最終日。`,
    'date.alternatives': '出典によって日付が異なる場合に、各出典の日付を「; 」で連結したもの。',
    'date.approximate': '日付がおおよそのもの（「1945年頃」）である場合にtrue。',
    'date.note': '日付が不確かな理由、または2通りに示す理由。',
  });
  const joined = (what: string) => `${what}のIDを「; 」で連結したもの。`;
  const parties = {
    japan: '日本',
    russia: 'ロシア',
    'soviet-union': 'ソ連',
    'united-states': '米国',
    'united-kingdom': '英国',
    international: '国際社会',
  };
  const positions = Object.fromEntries(
    Object.entries(parties).flatMap(([party, name]) => [
      [
        `positions.${party}.summary`,
        `この争点について${name}が立場を持つ場合、その立場を中立的な短い言葉で記したもの。`,
      ],
      [`positions.${party}.sources`, joined('その立場を述べる出典')],
      [
        `positions.${party}.wording`,
        'その公式の表現（原文どおり）。言葉に続けて、発言者、日付、括弧内に出典のIDを記す。',
      ],
    ]),
  );
  return {
    sources: {
      id: id('出典'),
      title: '公表時の題名。',
      publisher: '発行者または発出者。',
      ...date('公表日または署名日'),
      kind: 'news、government、treaty、reference、dataset、book、academicのいずれか。',
      url: '閲覧できる場所（判明している場合）。',
      accessed: 'urlの版を閲覧した日。',
      language: '言語（BCP 47：en、ja、ru）。',
      note: 'このサイトがその出典から取った内容、または日付の特定方法。',
      page: page('参考文献一覧でのその出典'),
    },
    islands: {
      id: id('島'),
      kind: 'islandまたはislet-group。',
      'names.japanese.english': '日本側の名称の英語表記。',
      'names.japanese.native': '日本側の名称の日本語表記。',
      'names.japanese.romanized': '日本側の名称のローマ字表記。',
      'names.russian.english': 'ロシア側の名称の英語表記。',
      'names.russian.native': 'ロシア側の名称のキリル文字表記。',
      'names.russian.romanized': 'ロシア側の名称のラテン文字表記。',
      'coordinates.lat': '中心の緯度（北緯、十進法の度、WGS 84）。',
      'coordinates.lon': '中心の経度（東経、十進法の度、WGS 84）。',
      summary: '中立的な短い説明。',
      area: '面積（km²）。出典ごとに1行1件で、数値、対象、時点、括弧内に出典のIDを記す。',
      population: '人口の数値。1行に1件で、面積と同じ形式。',
      'people.today': '現在の住民。1行に1文で、括弧内に出典のIDを記す。',
      'people.residents1945': '1945年当時の日本人住民とその後。同じ形式。',
      'people.ainu': '両国より前からいたアイヌ。同じ形式。',
      'administration.current': '現在の統治者（中立的な表現）。',
      'administration.japan': '日本の行政上の位置づけ。',
      'administration.russia': 'ロシアの行政上の位置づけ。',
      'administration.source': '行政上の位置づけの出典のID。',
      notes: 'その他の出典付きの事実。1行に1文で、括弧内に出典のIDを記す。',
      corrections,
      page: page('その島のページ'),
    },
    actors: {
      id: id('人物・組織'),
      name: '読者になじみのある名前。',
      kind: 'person、government、organization、people、unnamedのいずれか。',
      'nativeName.text': '英語でない場合の、その言語の文字による名前。',
      'nativeName.lang': 'その名前の言語（BCP 47：ja、ru、ain）。',
      country:
        '所属する、または代弁する国：japan、russia、soviet-union、united-states、united-kingdom、international。',
      roles:
        '就いた役職。1行に1件で、役職名、期間（from、to、as of）、括弧内に出典のIDを記す。',
      summary: '中立的な短い説明。',
      corrections,
      page: page('その人物・組織のページ'),
    },
    events: {
      id: id('出来事'),
      title: '短い表題。',
      ...date('起きた日'),
      summary: '起きたことを中立的な文で記したもの。',
      islands: joined('関係する島'),
      actors: joined('関わった人物・組織'),
      sources: joined('典拠となる出典'),
      tags: 'タグ（treaty、war、summitなど）を「; 」で連結したもの。',
      corrections,
      page: page('年表上のその出来事'),
    },
    quotes: {
      id: id('発言'),
      text: '出典に載っているとおりの言葉。外側の引用符は除く。',
      fragment: 'その言葉が、より長い文の一部である場合にtrue。',
      speaker: '発言した人物・組織のID。',
      ...date('発言した日'),
      context: '発言の場と、その言葉が何についてのものか。',
      source: 'その言葉を載せている出典のID。',
      event: '発言がなされた出来事のID（ある場合）。',
      islands: joined('関係する島'),
      'original.language': '出典が原語の言葉を載せている場合の、最初に発言された言語（BCP 47）。',
      'original.text': 'その言語での言葉（原文どおり）。',
      'original.source': '原語の言葉を載せている出典のID。',
      'translation.by':
        '本文の英語が誰によるものか：official（発言者の政府）、source（引用した出典）、site（このサイト）。',
      'translation.note': '翻訳について知っておくべきその他の事柄。',
      page: page('発言ページ上のその発言'),
    },
    claims: {
      id: id('争点'),
      question: '争われている問い。',
      background: '双方が認める背景。',
      backgroundSources: joined('背景の出典'),
      islands: joined('関係する島'),
      events: joined('争点の中心となる出来事'),
      ...positions,
      page: page('争点ページ上のその争点'),
    },
    borders: {
      id: id('国境の状態'),
      label: '短い名前（年、またはToday）。',
      title: 'その状態が何か（条約または出来事）。',
      ...date('始まった日（現在の状態では空）'),
      event: 'もとになった出来事のID。',
      sources: joined('その状態を位置づける出典'),
      summary: '変わったことを中立的な文で記したもの。',
      holdings:
        '各土地を誰が領有し、または領有を主張したか。1行に1件で、対象の島と地域、領有者（held by）、主張者（claimed by）、注記を記す。',
      lines:
        '地図に描く線。1行に1本で、線のID、ラベル、種類（border、control、claim、proposal）、模式的な線の場合は「schematic」、括弧内に出典のIDを記す。',
      'extent.west': '地図の西端（東経、度）。',
      'extent.south': '南端（北緯、度）。',
      'extent.east': '東端（東経、度）。',
      'extent.north': '北端（北緯、度）。',
      page: page('地図ページ上のその国境の状態'),
    },
  };
}
