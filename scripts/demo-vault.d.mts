/** Types of scripts/demo-vault.mjs, for the tests that run it. */
export declare function shift(date: string, days: number): string;
export declare function writeDemoVault(dir: string, today: string): string[];
