import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { claimsFromActor } from '../lib/auth/access-token';
import { Role } from '../lib/auth/roles';
import type { Actor } from '../lib/context/request-context';

/** Test-only helpers for the platform's own specs. */

export const TEST_VILLAGE = '150121100001';
export const OTHER_VILLAGE = '150121100002';

/** An actor bound to `regionCode` whose scope is that node's subtree. */
export function actor(role: Role, regionCode = TEST_VILLAGE, extra: Partial<Actor> = {}): Actor {
  return {
    userId: randomUUID(),
    username: `probe.${role.toLowerCase()}`,
    displayName: `probe ${role}`,
    role,
    regionCode,
    scopePrefixes: [regionCode],
    ...extra,
  };
}

/** An access token signed by the app's own JwtService, as a login would issue it. */
export function tokenFor(app: INestApplication, a: Actor): string {
  return app.get(JwtService).sign({ ...claimsFromActor(a, randomUUID()) });
}

export interface MultipartFile {
  field?: string;
  filename: string;
  contentType?: string;
  data: Buffer;
}

/** A multipart/form-data body written by hand (one or more files, optional text fields). */
export function multipart(
  files: MultipartFile[],
  fields: Record<string, string> = {},
): { payload: Buffer; contentType: string } {
  const boundary = `----xzprobe${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.filename}"\r\n` +
          `Content-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A small but well-formed PNG (signature, IHDR, IDAT, IEND of a 1×1 image), padded to `size` bytes if asked. */
export function pngBytes(size = 0): Buffer {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
    'hex',
  );
  return size > png.length ? Buffer.concat([png, Buffer.alloc(size - png.length, 0)]) : png;
}
