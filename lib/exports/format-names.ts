// The export formats, apart from their renderers so pages can list them without loading those.
export const EXPORT_FORMATS = ["claimreview", "w3c", "csv", "md", "html", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
