#ifndef THIDUA_CXLSXWRITER_SHIM_H
#define THIDUA_CXLSXWRITER_SHIM_H
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

/* Adds a worksheet in constant-memory (streaming) mode or not, whatever the
 * workbook's option: libxlsxwriter 1.1.4 reads options.constant_memory only
 * when a sheet is added, so one workbook can hold a streamed 283k-row list
 * beside small sheets with merged headers and a shared string table. */
static inline lxw_worksheet *thidua_add_worksheet(lxw_workbook *workbook, const char *name,
                                                  int constant_memory) {
    uint8_t saved = workbook->options.constant_memory;
    workbook->options.constant_memory = constant_memory ? 1 : 0;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);
    workbook->options.constant_memory = saved;
    return sheet;
}

/* Records a merged range without writing its cells (worksheet_merge_range
 * writes them at once, which a streamed sheet cannot do for a block spanning
 * rows written out of order). The caller writes the cells row by row. Freed
 * with the worksheet, like the ranges worksheet_merge_range adds. */
static inline lxw_error thidua_register_merge(lxw_worksheet *sheet, lxw_row_t first_row,
                                              lxw_col_t first_col, lxw_row_t last_row,
                                              lxw_col_t last_col) {
    lxw_merged_range *range = (lxw_merged_range *)calloc(1, sizeof(lxw_merged_range));
    if (!range) return LXW_ERROR_MEMORY_MALLOC_FAILED;
    range->first_row = first_row;
    range->first_col = first_col;
    range->last_row = last_row;
    range->last_col = last_col;
    STAILQ_INSERT_TAIL(sheet->merged_ranges, range, list_pointers);
    sheet->merged_range_count++;
    return LXW_NO_ERROR;
}

/* Writes out the row a streamed sheet still holds (libxlsxwriter keeps the
 * last row open until a later one is written), so that rows made outside the
 * library can follow it; its formats get their style index now, as they would
 * when the next row was written. */
static inline void thidua_flush_row(lxw_worksheet *sheet) {
    if (sheet->optimize && sheet->optimize_row) lxw_worksheet_write_single_row(sheet);
}

/* Widens a sheet's used range (the <dimension> element, and the columns a
 * streamed row is written over) to a block of cells written outside the library. */
static inline void thidua_extend_dimensions(lxw_worksheet *sheet, lxw_row_t first_row,
                                            lxw_col_t first_col, lxw_row_t last_row,
                                            lxw_col_t last_col) {
    if (first_row < sheet->dim_rowmin) sheet->dim_rowmin = first_row;
    if (last_row > sheet->dim_rowmax) sheet->dim_rowmax = last_row;
    if (first_col < sheet->dim_colmin) sheet->dim_colmin = first_col;
    if (last_col > sheet->dim_colmax) sheet->dim_colmax = last_col;
}

#endif
