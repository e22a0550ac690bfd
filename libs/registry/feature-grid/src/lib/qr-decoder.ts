/** Decodes the QR code in an RGBA frame; null when none is found. */
export type QrDecoder = (data: Uint8ClampedArray, width: number, height: number) => string | null;

let decoder: Promise<QrDecoder> | null = null;

/** jsQR, loaded on first use so it stays out of the initial bundle. */
export function loadQrDecoder(): Promise<QrDecoder> {
  decoder ??= import('jsqr').then((module) => {
    const candidate = module as unknown as { default?: unknown };
    let jsQR: unknown = candidate.default ?? candidate;
    // CommonJS interop may wrap the function once more
    if (typeof jsQR !== 'function') jsQR = (jsQR as { default?: unknown }).default;
    const decode = jsQR as (
      data: Uint8ClampedArray,
      width: number,
      height: number,
      options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' },
    ) => { data: string } | null;
    return (data, width, height) => decode(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  });
  return decoder;
}
