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
/*
 * 22 lines of 28 characters a page (§5.2.1) without a document grid: a `linesAndChars` grid is read differently
 * by each word processor (LibreOffice spreads each character over its grid cell, and a substitute font for
 * 仿宋_GB2312 takes several cells), so the lines and characters are set on the paragraphs and runs instead.
 */
/** 225 mm of text block / 22 lines a page = 28.95 pt, an exact line height on every paragraph. */
const LINE = 579;
const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小初: 72 } as const;
/** The text block in twips: A4 less the margins, 156 mm (§5.2.1). */
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/**
 * 28 characters of 三号 (16 pt) take 448 pt, 6 pt more than the 156 mm text block: each character is drawn 0.25 pt
 * closer to the next (run character spacing, which every word processor honours), so that 28 fit a line and a 29th
 * does not. 16 pt − 0.25 pt = 315 twips.
 */
const CHAR_SPACING = -5;
/** One character of 三号 as set, for indents counted in characters. */
const CHAR = SIZE.三号 * 10 + CHAR_SPACING;
const RED = "FF0000";

/** The page as laid out, in twips: what a test checks against GB/T 9704's 22 lines of 28 characters. */
export const pageLayout = {
  linesPerPage: 22,
  charsPerLine: 28,
  line: LINE,
  char: CHAR,
  textWidth: TEXT_WIDTH,
  textHeight: A4.height - MARGIN.top - MARGIN.bottom,
} as const;

const FANGSONG = "仿宋_GB2312";
const XIAOBIAOSONG = "方正小标宋简体";
const SONGTI = "宋体";
const LATIN = "Times New Roman";

/** A run's fonts: the East Asian face named, Latin text in Times New Roman. */
function fonts(eastAsia: string, latin: string = LATIN): NonNullable<IRunOptions["font"]> {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: "eastAsia" };
}

const exactLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** A run of 三号 仿宋 on the 28-character line. */
function bodyRun(text: string): TextRun {
  return new TextRun({ text, font: fonts(FANGSONG), size: SIZE.三号, characterSpacing: CHAR_SPACING });
}

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
      children: [
        new TextRun({ text: title, font: fonts(XIAOBIAOSONG), size: SIZE.二号, characterSpacing: 0 }),
      ],
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
          run: {
            font: fonts(FANGSONG),
            size: SIZE.三号,
            characterSpacing: CHAR_SPACING,
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
          paragraph: { spacing: exactLine },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: MARGIN },
          // No document grid (see LINE and CHAR_SPACING).
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * 发文机关标志: red 小标宋, centered, 35 mm below the top of the text block, on one line: at most 小初 (36 pt), and
 * smaller as the name is longer, so that it and one character more fit the text block's width.
 */
export function mastheadSize(issuingOrgan: string): number {
  const width = visualWidth(issuingOrgan) + 1;
  // Half-points from twips: a character of n half-points is 10n twips wide.
  return Math.max(SIZE.三号, Math.min(SIZE.小初, Math.floor(TEXT_WIDTH / 10 / width)));
}

function masthead(issuingOrgan: string): Paragraph {
  const size = mastheadSize(issuingOrgan);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // An exact line a quarter taller than the characters; keepLines keeps a name that still wraps in one piece.
    spacing: {
      before: convertMillimetersToTwip(35),
      after: 0,
      line: Math.round(size * 10 * 1.25),
      lineRule: LineRuleType.EXACT,
    },
    keepLines: true,
    children: [
      new TextRun({ text: issuingOrgan, font: fonts(XIAOBIAOSONG), size, color: RED, characterSpacing: 0 }),
    ],
  });
}

/** 发文字号, centered, with the red separator 4 mm under it across the text block. */
function documentNumberLine(documentNumber: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactLine,
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    children: [bodyRun(documentNumber)],
  });
}

function bodyParagraph(text: string, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: exactLine,
    // In twips, not firstLineChars, which each word processor converts from its own idea of a character.
    indent: { firstLine: 2 * CHAR },
    // No extra space between Chinese text and digits, which Word adds and LibreOffice need not.
    autoSpaceEastAsianText: false,
    ...options,
    children: [bodyRun(text)],
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
      children: [bodyRun(text)],
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
