export type Header = { key: string; value: string };
export declare const SECURITY_HEADERS: Header[];
export declare const CSP: string;
export declare const HSTS: Header;
export declare const ALLOWED_METHODS: string[];
export declare function csp(scriptHashes?: string[]): string;
export declare function securityHeaders(opts?: { scriptHashes?: string[]; siteUrl?: string }): Header[];
export declare function requestProblem(method: string, target: string | undefined): { status: 400 | 405; headers: Record<string, string> } | null;
