/**
 * Defined by the build (esbuild's `define` in scripts/onsend-bundle.js): the add-in's own base
 * URL, ending in "/".
 */
declare const __ADDIN_BASE_URL__: string;
