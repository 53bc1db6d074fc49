/** Reading a downloaded workbook back in tests: a sheet's name, header row and data rows as text. */
import ExcelJS from 'exceljs';

export async function sheetRows(payload: Buffer, index = 0) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as never);
  const ws = wb.worksheets[index];
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return { name: ws.name, header: rows[0], body: rows.slice(1) };
}
