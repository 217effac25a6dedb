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

/* True when the `len` bytes at `s` hold a C0 control other than tab and line
 * feed (what lxw_escape_control_characters rewrites as _xHHHH_). Eight bytes
 * at a time: (x - 0x20…) & ~x & 0x80… is non-zero exactly when some byte of x
 * is below 0x20; only such a word is looked at byte by byte. */
static inline int thidua_has_control(const char *s, size_t len) {
    const unsigned char *bytes = (const unsigned char *)s;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, bytes + i, 8);
        if ((x - 0x2020202020202020ull) & ~x & 0x8080808080808080ull) {
            for (size_t k = i; k < i + 8; k++) {
                if (bytes[k] < 0x20 && bytes[k] != '\t' && bytes[k] != '\n') return 1;
            }
        }
    }
    for (; i < len; i++) {
        if (bytes[i] < 0x20 && bytes[i] != '\t' && bytes[i] != '\n') return 1;
    }
    return 0;
}

/* worksheet_write_string, without libxlsxwriter 1.1.4's needless copy on a
 * constant-memory sheet. There it "escapes control characters" in every
 * string: lxw_has_control_characters loops `while (string)` — the pointer,
 * not the byte (fixed upstream in 1.1.9) — so it always reaches the NUL
 * terminator and answers yes, and each string goes through
 * lxw_escape_control_characters (a calloc of 7 times its length and a byte
 * loop) and lxw_utf8_strlen. For text without C0 controls but tab and line
 * feed that copy is the text itself, so this path copies it once and inserts
 * the cell as worksheet_write_string does (_check_dimensions,
 * _new_inline_string_cell, _insert_cell of 1.1.4's worksheet.c). Anything
 * else — a normal sheet, an empty string, a control character, more than
 * 32,767 bytes (the library counts characters), a cell already written in
 * this row, a row already flushed, another library version — is left to
 * worksheet_write_string. The cell and so the file are the same either way.
 * Measured on a 100k-nomination T5 list: ~160 of 1,600 million instructions
 * of writing its rows. */
static inline lxw_error thidua_write_string(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                            const char *string, lxw_format *format) {
#if LXW_VERSION_ID == 114
    if (sheet->optimize && string && *string && row < LXW_ROW_MAX && col < LXW_COL_MAX
        && row >= sheet->optimize_row->row_num
        && !(row == sheet->optimize_row->row_num && sheet->array[col])) {
        size_t len = strlen(string);
        if (len <= 32767 && !thidua_has_control(string, len)) {
            char *copy = (char *)malloc(len + 1);
            lxw_cell *cell = (lxw_cell *)calloc(1, sizeof(lxw_cell));
            if (!copy || !cell) {
                free(copy);
                free(cell);
                return LXW_ERROR_MEMORY_MALLOC_FAILED;
            }
            memcpy(copy, string, len + 1);
            /* _check_dimensions */
            if (row < sheet->dim_rowmin) sheet->dim_rowmin = row;
            if (row > sheet->dim_rowmax) sheet->dim_rowmax = row;
            if (col < sheet->dim_colmin) sheet->dim_colmin = col;
            if (col > sheet->dim_colmax) sheet->dim_colmax = col;
            /* _new_inline_string_cell */
            cell->row_num = row;
            cell->col_num = col;
            cell->type = INLINE_STRING_CELL;
            cell->format = format;
            cell->u.string = copy;
            /* _insert_cell, through _get_row's constant-memory branch */
            if (row > sheet->optimize_row->row_num) {
                lxw_worksheet_write_single_row(sheet);
                sheet->optimize_row->row_num = row;
            }
            sheet->optimize_row->data_changed = LXW_TRUE;
            sheet->array[col] = cell;
            return LXW_NO_ERROR;
        }
    }
#endif
    return worksheet_write_string(sheet, row, col, string, format);
}
#endif
