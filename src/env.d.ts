/** True in `astro dev`, false in `astro build`: set by the content-check integration. */
declare const __SHOW_DRAFTS__: boolean;
/** The project's root folder (absolute): set by the content-check integration. */
declare const __PROJECT_ROOT__: string;
