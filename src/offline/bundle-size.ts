/**
 * The offline download size is only known once the build (and the search
 * index) is finished, so the page is built with this marker and
 * scripts/postbuild.ts writes the size in. The build fails if the marker is missing.
 */
export const offlineSizePlaceholder = '%OFFLINE_DOWNLOAD_SIZE%';

/** "1.4 MB", "650 kB": what the person's data allowance pays. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}
