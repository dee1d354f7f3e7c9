export declare function inlineScriptHashes(html: string): string[];
export declare function hashHtmlTree(dir: string): Record<string, string[]>;
export declare function routeOfServerHtml(file: string): string;
