/** True in `astro dev`, false in `astro build`: set by the content-check integration. */
declare const __SHOW_DRAFTS__: boolean;
