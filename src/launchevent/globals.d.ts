/** Defined by the build (webpack DefinePlugin): the add-in's own base URL, ending in "/". */
declare const __ADDIN_BASE_URL__: string;
