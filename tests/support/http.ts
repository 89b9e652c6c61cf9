/** Plain HTTP requests that show what a server really sent: status, headers, undecoded body. */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (still compressed, if it was). */
  body: Buffer;
  header: (name: string) => string | undefined;
}

export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const value = (name: string) => {
          const raw = res.headers[name.toLowerCase()];
          return Array.isArray(raw) ? raw.join(', ') : raw;
        };
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), header: value });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
