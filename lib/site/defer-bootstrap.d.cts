export declare function deferBootstrap(html: string): string;
export declare function deferBootstrapTree(dir: string): number;
export declare const DEFERRED_BOOTSTRAP_MARK: string;
