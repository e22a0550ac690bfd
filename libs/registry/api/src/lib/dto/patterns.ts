/** 12-digit region code (province … village). */
export const REGION_CODE = /^\d{12}$/;
/** 12-digit region code or 15-digit grid code. */
export const REGION_OR_GRID_CODE = /^\d{12}(\d{3})?$/;
/** 15-digit grid code. */
export const GRID_CODE = /^\d{15}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
