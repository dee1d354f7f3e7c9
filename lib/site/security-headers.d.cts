export declare const SECURITY_HEADERS: { key: string; value: string }[];
export declare const CSP: string;
