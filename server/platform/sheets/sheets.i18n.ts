/** Messages of spreadsheet reading and writing, Chinese first. */
export const sheetsMessages = {
  'zh-CN': {
    'sheets.not_spreadsheet': '上传的文件不是有效的 Excel（.xlsx）或 CSV 文件，或文件已损坏',
    'sheets.xls_unsupported': '不支持旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后上传',
    'sheets.no_sheet': '文件中没有工作表',
    'sheets.too_big': '文件解压后过大（最多 {max} MB），请拆分后上传',
    'sheets.too_many_rows': '文件行数过多（最多 {max} 行），请拆分后上传',
    'sheets.too_slow': '文件读取超时，请拆分后上传',
    'sheets.empty': '文件中没有数据行',
    'sheets.no_header': '没有找到表头行：请确认表头包含 {columns} 等列',
    'sheets.missing_columns': '缺少必需的列：{columns}',
    'sheets.busy': '导入繁忙，请 {seconds} 秒后重试',
    'sheets.cell.formula': '单元格是公式且没有计算结果，请粘贴为数值后重新上传',
    'sheets.cell.error': '单元格是错误值（如 #N/A）',
    'sheets.cell.type': '单元格内容类型不正确',
    'sheets.encoding': '无法识别 CSV 文件的编码，请另存为 UTF-8 或 GB18030（ANSI）',
  },
  'en-US': {
    'sheets.not_spreadsheet': 'The upload is not a valid Excel (.xlsx) or CSV file, or it is damaged',
    'sheets.xls_unsupported':
      'Old .xls files are not supported: save it as .xlsx in Excel or WPS and upload again',
    'sheets.no_sheet': 'The file has no worksheet',
    'sheets.too_big': 'The file is too large once unpacked (at most {max} MB); split it and upload again',
    'sheets.too_many_rows': 'Too many rows (at most {max}); split the file and upload again',
    'sheets.too_slow': 'Reading the file took too long; split it and upload again',
    'sheets.empty': 'The file has no data rows',
    'sheets.no_header': 'No header row found: the header should name columns such as {columns}',
    'sheets.missing_columns': 'Required columns are missing: {columns}',
    'sheets.busy': 'Imports are busy; try again in {seconds} s',
    'sheets.cell.formula':
      'The cell is a formula with no computed value; paste it as values and upload again',
    'sheets.cell.error': 'The cell holds an error value (such as #N/A)',
    'sheets.cell.type': 'The cell holds the wrong kind of value',
    'sheets.encoding': 'The CSV encoding is not recognised; save it as UTF-8 or GB18030 (ANSI)',
  },
};
