/** Something in a built file that is outside the allowlist. */
export interface ShippedProblem {
  /** The built file, relative to the output folder: `lowongan/pelayanan/index.html`. */
  file: string;
  /** Plain Indonesian, then English. */
  message: string;
  /** The offending text as it appears in the file, used to find the content file it came from. */
  evidence: string;
}

export type ReportShipped = (message: string, evidence: string) => void;
