import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
} from "docx";
import type { IParagraphOptions, IRunOptions } from "docx";
import { documentKindLabels, placeholderPattern } from "./templates.ts";
import type { DocumentKind, DocumentTemplate } from "./templates.ts";

export { chineseDate } from "./chinese-date.ts";

// Layout after GB/T 9704-2012 (党政机关公文格式). Sizes are in half-points, lengths in twips.
const A4 = { width: 11906, height: 16838 };
const MARGIN = {
  top: convertMillimetersToTwip(37),
  bottom: convertMillimetersToTwip(35),
  left: convertMillimetersToTwip(28),
  right: convertMillimetersToTwip(26),
  header: convertMillimetersToTwip(15),
  // Puts the page number's dash about 7 mm under the text block, as §7.5 asks.
  footer: convertMillimetersToTwip(25),
};
/** 225 mm of text block / 22 lines a page = 28.95 pt, fixed. */
const LINE = 579;
/** The text block is 156 mm wide, 28 characters of 三号 a line. */
const TEXT_WIDTH_PT = 442;
const CHARS_PER_LINE = 28;

const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小初: 72 } as const;
/** One character of 三号, for indents counted in characters. */
const CHAR = 320;
const RED = "FF0000";

const FANGSONG = "仿宋_GB2312";
const XIAOBIAOSONG = "方正小标宋简体";
const SONGTI = "宋体";
const LATIN = "Times New Roman";

/** A run's fonts: the East Asian face named, Latin text in Times New Roman. */
function fonts(eastAsia: string, latin: string = LATIN): NonNullable<IRunOptions["font"]> {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: "eastAsia" };
}

const exactLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/**
 * Replaces each `{{key}}` with its value. A missing or blank value, or a key the values do not hold, prints as
 * "——", so a document never shows raw braces.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(placeholderPattern, (_match, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    return typeof value === "string" && value.trim() !== "" ? value.trim() : "——";
  });
}

export interface RenderDocumentArgs {
  kind: DocumentKind;
  template: DocumentTemplate;
  values: Record<string, string>;
  /** 发文字号, such as 南海矫调评〔2026〕3号. */
  documentNumber: string;
  /** The issuing organ, printed as the masthead and in the signature block. */
  issuingOrgan: string;
  /** The date of issue, already written as 2026年11月21日. */
  issuedOn: string;
}

/** Writes an enforcement document as a .docx laid out after GB/T 9704-2012. */
export async function renderDocument(args: RenderDocumentArgs): Promise<Buffer> {
  const { kind, template, values } = args;
  const fill = (text: string): string => xmlSafe(fillPlaceholders(text, values));
  const oneLine = (text: string): string => fill(text).replace(/\s*[\r\n]+\s*/g, " ");

  const issuingOrgan = xmlSafe(args.issuingOrgan.trim());
  const title = oneLine(template.title);

  const children: Paragraph[] = [
    masthead(issuingOrgan),
    blankLine(),
    blankLine(),
    documentNumberLine(xmlSafe(args.documentNumber.trim())),
    blankLine(),
    blankLine(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine,
      children: [new TextRun({ text: title, font: fonts(XIAOBIAOSONG), size: SIZE.二号 })],
    }),
    blankLine(),
  ];

  if (template.addressee !== undefined && template.addressee.trim() !== "") {
    const addressee = oneLine(template.addressee).replace(/[:：]$/, "");
    children.push(bodyParagraph(`${addressee}：`, { indent: { firstLine: 0 } }));
  }

  const lines = template.body.flatMap((paragraph) =>
    // A value written over several lines becomes several paragraphs.
    fill(paragraph)
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );
  // The last line of the body goes on the page of the signature, so that no page holds only a signature.
  lines.forEach((line, i) =>
    children.push(bodyParagraph(line, i === lines.length - 1 ? { keepNext: true } : {})),
  );

  children.push(...signature(issuingOrgan, xmlSafe(args.issuedOn.trim())));

  if (template.cc !== undefined && template.cc.trim() !== "") {
    children.push(...copyTo(oneLine(template.cc)));
  }

  const document = new Document({
    title,
    subject: documentKindLabels[kind],
    creator: issuingOrgan,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(FANGSONG), size: SIZE.三号, language: { value: "en-US", eastAsia: "zh-CN" } },
          paragraph: { spacing: exactLine },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: MARGIN },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE,
            // Squeezes 三号 characters so that 28 fit a line: pitch = 16 pt + charSpace / 4096 pt.
            charSpace: Math.round((TEXT_WIDTH_PT / CHARS_PER_LINE - SIZE.三号 / 2) * 4096),
          },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** 发文机关标志: red 小标宋, centered, 35 mm below the top of the text block, kept to one line. */
function masthead(issuingOrgan: string): Paragraph {
  const width = Math.max(visualWidth(issuingOrgan), 1);
  const size = Math.min(SIZE.小初, Math.floor((TEXT_WIDTH_PT * 2) / width));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: convertMillimetersToTwip(35), after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text: issuingOrgan, font: fonts(XIAOBIAOSONG), size, color: RED })],
  });
}

/** 发文字号, centered, with the red separator 4 mm under it across the text block. */
function documentNumberLine(documentNumber: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactLine,
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    children: [new TextRun({ text: documentNumber, font: fonts(FANGSONG), size: SIZE.三号 })],
  });
}

function bodyParagraph(text: string, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: exactLine,
    indent: { firstLineChars: 200, firstLine: 2 * CHAR },
    ...options,
    children: [new TextRun({ text, font: fonts(FANGSONG), size: SIZE.三号 })],
  });
}

function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ spacing: exactLine, ...(keepNext ? { keepNext } : {}), children: [] });
}

/**
 * The signature block of a sealed document (§7.3.5.1): two blank lines for the seal, the issuing organ centred
 * over the date, and the date four characters in from the right.
 */
function signature(issuingOrgan: string, issuedOn: string): Paragraph[] {
  const organWidth = visualWidth(issuingOrgan);
  const dateWidth = visualWidth(issuedOn);
  let dateRight = 4;
  let organRight = dateRight + (dateWidth - organWidth) / 2;
  if (organRight < 2) {
    // A long organ name keeps two characters from the margin and the date moves under its centre.
    organRight = 2;
    dateRight = organRight + (organWidth - dateWidth) / 2;
  }
  const line = (text: string, right: number): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine,
      indent: { right: Math.round(right * CHAR) },
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text, font: fonts(FANGSONG), size: SIZE.三号 })],
    });
  return [blankLine(true), blankLine(true), line(issuingOrgan, organRight), line(issuedOn, dateRight)];
}

/**
 * 抄送 (§7.4.2): 四号 仿宋, one character in from each side, wrapped lines aligned after the colon, between
 * rules as wide as the text block.
 */
function copyTo(cc: string): Paragraph[] {
  const char = SIZE.四号 * 10;
  const text = `抄送：${cc.replace(/[。.]$/, "")}。`;
  const rule = (side: "top" | "bottom"): Paragraph =>
    new Paragraph({
      spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      border: { [side]: { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 0 } },
      children: [new TextRun({ text: "", size: 2 })],
    });
  return [
    blankLine(),
    rule("bottom"),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: exactLine,
      indent: { left: 4 * char, hanging: 3 * char, right: char },
      keepLines: true,
      children: [new TextRun({ text, font: fonts(FANGSONG), size: SIZE.四号 })],
    }),
    rule("top"),
  ];
}

/** Page numbers "— 1 —" in 四号 宋体: odd pages right, even pages left, one character in (§7.5). */
function pageNumberFooter(pages: "odd" | "even"): Footer {
  const char = SIZE.四号 * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: pages === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: pages === "odd" ? { right: char } : { left: char },
        spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: fonts(SONGTI, SONGTI),
            size: SIZE.四号,
          }),
        ],
      }),
    ],
  });
}

/** Width in characters of 三号: CJK and full-width characters count one, others half. */
function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** Drops characters XML 1.0 cannot hold even escaped (control characters, lone surrogates). */
function xmlSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}
