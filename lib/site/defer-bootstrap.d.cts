export declare function deferBootstrap(html: string): string;
export declare function dropBootstrap(html: string): string;
export declare function deferBootstrapTree(dir: string, needsFramework?: (urlPath: string) => boolean): { deferred: number; dropped: number };
export declare const DEFERRED_BOOTSTRAP_MARK: string;
