export interface RunningHost {
	url: string;
	port: number;
	scratch: string;
	close(): Promise<void>;
}
export function startHost(options?: { vault?: string; port?: number; quiet?: boolean; pluginDir?: string }): Promise<RunningHost>;
