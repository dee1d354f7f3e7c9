export declare function ownClientModules(manifestSource: string): string[] | null;
export declare function frameworkNeeds(nextDir: string): (urlPath: string) => boolean;
