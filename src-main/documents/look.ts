/** The quote's look, shared by the Word document and the print page: one accent colour, greys. */
export const colour = { accent: '1F3A5F', muted: '5B6470', rule: 'B8C2CC', headerFill: 'E8EDF3' };

/** A font every Word, LibreOffice and Chromium has (or substitutes metrically). */
export const fontFamily = 'Arial';

/** Page margins in millimetres (A4). */
export const marginMm = { top: 15, bottom: 20, left: 18, right: 18 };
