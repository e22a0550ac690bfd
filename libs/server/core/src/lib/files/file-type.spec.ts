import { sniffContentType, XLSX_TYPE } from './file-type';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const JPEG = hex('ffd8ffe0 00104a46 49460001 01000001');
const PNG = hex('89504e47 0d0a1a0a 0000000d 49484452');
const WEBP = Buffer.concat([Buffer.from('RIFF'), hex('24000000'), Buffer.from('WEBPVP8 ')]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3', 'latin1');
const ZIP = hex('504b0304 14000600 08000000 2100');
const EXE = hex('4d5a9000 03000000 04000000 ffff0000');
const HTML = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const WAVE = Buffer.concat([Buffer.from('RIFF'), hex('24000000'), Buffer.from('WAVEfmt ')]);

describe('sniffContentType', () => {
  it.each([
    ['JPEG', JPEG, 'photo.jpg', 'image/jpeg'],
    ['PNG', PNG, 'photo.png', 'image/png'],
    ['WEBP', WEBP, 'photo.webp', 'image/webp'],
    ['PDF', PDF, 'minutes.pdf', 'application/pdf'],
    ['XLSX', ZIP, 'households.xlsx', XLSX_TYPE],
    ['XLSX with an upper-case extension', ZIP, 'HOUSEHOLDS.XLSX', XLSX_TYPE],
  ])('recognises %s', (_label, head, name, type) => {
    expect(sniffContentType(head, name)).toBe(type);
  });

  it('goes by content, not by name', () => {
    expect(sniffContentType(PNG, 'photo.jpg')).toBe('image/png');
    expect(sniffContentType(JPEG, 'scan.pdf')).toBe('image/jpeg');
    expect(sniffContentType(PDF, 'noname')).toBe('application/pdf');
  });

  it.each([
    ['a ZIP named .txt', ZIP, 'notes.txt'],
    ['a ZIP named .zip', ZIP, 'archive.zip'],
    ['a ZIP named .xlsx.exe', ZIP, 'households.xlsx.exe'],
    ['an EXE named .jpg', EXE, 'photo.jpg'],
    ['an EXE named .xlsx', EXE, 'households.xlsx'],
    ['HTML named .png', HTML, 'photo.png'],
    ['SVG named .png', SVG, 'photo.png'],
    ['a GIF', GIF, 'photo.gif'],
    ['a RIFF that is not WEBP', WAVE, 'sound.webp'],
    ['plain text named .pdf', Buffer.from('hello world, this is text'), 'minutes.pdf'],
  ])('refuses %s', (_label, head, name) => {
    expect(sniffContentType(head, name)).toBeNull();
  });

  it('refuses empty and too-short heads', () => {
    expect(sniffContentType(Buffer.alloc(0), 'photo.jpg')).toBeNull();
    expect(sniffContentType(hex('ffd8'), 'photo.jpg')).toBeNull();
    expect(sniffContentType(PNG.subarray(0, 7), 'photo.png')).toBeNull();
    expect(sniffContentType(WEBP.subarray(0, 11), 'photo.webp')).toBeNull();
    expect(sniffContentType(Buffer.from('%PDF'), 'a.pdf')).toBeNull();
    expect(sniffContentType(ZIP.subarray(0, 3), 'a.xlsx')).toBeNull();
  });
});
