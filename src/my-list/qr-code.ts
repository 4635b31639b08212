import { toString } from 'qrcode';

/**
 * A QR code for a share link, as SVG markup (no inline styles, so it passes the
 * Content Security Policy). Black on white with a quiet zone, medium error
 * correction: reliable on older phone cameras and on paper.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#0b0c0c', light: '#ffffff' } });
}
