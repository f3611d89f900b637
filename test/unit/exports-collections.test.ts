import { describe, expect, it } from 'vitest';
import type { CollectionsExport } from '../../src/domain/notes/note.js';
import { collectionsDocx } from '../../src/exports/collections-docx.js';
import { collectionsMarkdown } from '../../src/exports/collections-markdown.js';
import { collectionsPptx } from '../../src/exports/collections-pptx.js';
import { escapeHeading, escapeMarkdown } from '../../src/exports/markdown-escape.js';
import { FONT_SIZES, slidePages } from '../../src/exports/slide-pages.js';
import { expectNeutralPackage, part, slideParagraphs, slidesXml, wordParagraphs, xmlParts } from './exports-package.js';

const collections = (): CollectionsExport => ({
  reviewName: 'Northshire SEND peer challenge',
  themes: [
    {
      theme: { id: 'identification', title: 'Identification & assessment <of> need' },
      notes: {
        strength: [
          'Parents’ “voice” is heard in every plan seen & acted on',
          'Early years SENCOs are confident; “très bien” said one 👍',
          '# of referrals to the panel is tracked weekly',
        ],
        areaForConsideration: [
          'Waiting times for "speech & language" assessments are > 20 weeks',
          'Health advice late\n- in 4 of 6 plans\n1. chased by caseworkers',
        ],
        evidence: ['Audit of 12 plans: 9 < 20 weeks', '  '],
        followUp: ['Ask the DCO about <b>bold</b> claims\u0007 of capacity'],
      },
    },
    {
      theme: { id: 'coproduction', title: 'Co-production with families' },
      notes: {
        strength: ['The parent carer forum\u000B co-chairs the board', 'Plans use the child’s own words: *really* strong'],
        areaForConsideration: ['Feedback loops to families are informal', '[Forum] wants earlier sight of papers', '> 1 in 3 parents unaware of the Local Offer'],
        evidence: [],
        followUp: ['Meet the forum on day 3'],
      },
    },
    {
      theme: { id: 'transitions', title: 'Transitions at 16+' },
      notes: { strength: [], areaForConsideration: [], evidence: [], followUp: [] },
    },
  ],
});

describe('collectionsMarkdown', () => {
  it('gives a heading per theme, per kind that has notes, and a bullet per note, escaped', () => {
    expect(collectionsMarkdown(collections())).toBe(
      [
        '# Northshire SEND peer challenge: themed collections',
        '',
        '## Identification & assessment \\<of> need',
        '',
        '### Strength',
        '',
        '- Parents’ “voice” is heard in every plan seen & acted on',
        '- Early years SENCOs are confident; “très bien” said one 👍',
        '- \\# of referrals to the panel is tracked weekly',
        '',
        '### Area for consideration',
        '',
        '- Waiting times for "speech & language" assessments are > 20 weeks',
        '- Health advice late',
        '  \\- in 4 of 6 plans',
        '  1\\. chased by caseworkers',
        '',
        '### Evidence',
        '',
        '- Audit of 12 plans: 9 \\< 20 weeks',
        '',
        '### Follow-up',
        '',
        '- Ask the DCO about \\<b>bold\\</b> claims of capacity',
        '',
        '## Co-production with families',
        '',
        '### Strength',
        '',
        '- The parent carer forum co-chairs the board',
        '- Plans use the child’s own words: \\*really\\* strong',
        '',
        '### Area for consideration',
        '',
        '- Feedback loops to families are informal',
        '- \\[Forum\\] wants earlier sight of papers',
        '- \\> 1 in 3 parents unaware of the Local Offer',
        '',
        '### Follow-up',
        '',
        '- Meet the forum on day 3',
        '',
        '## Transitions at 16+',
        '',
        '_No notes._',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['## heading', '\\## heading'],
    ['> quote', '\\> quote'],
    ['+ item', '\\+ item'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['12) item', '12\\) item'],
    ['3.5 hours a week', '3.5 hours a week'],
    ['`code` and ~~struck~~ and a|b', '\\`code\\` and \\~\\~struck\\~\\~ and a\\|b'],
    ['_emphasis_ and back\\slash', '\\_emphasis\\_ and back\\\\slash'],
    ['&amp; and &#35; but A&E', '\\&amp; and \\&#35; but A&E'],
  ])('escapes %j as literal text', (line, escaped) => {
    expect(escapeMarkdown(line)).toBe(escaped);
  });

  it('keeps a trailing run of # in a heading from reading as a closing sequence', () => {
    expect(escapeHeading('Priorities #')).toBe('Priorities \\#');
    expect(escapeHeading('C# and F# skills')).toBe('C# and F# skills');
  });
});

describe('collectionsDocx', () => {
  it('has a title, a heading per theme, a sub-heading per kind and a bullet per note, in order', async () => {
    const parts = xmlParts(await collectionsDocx(collections()));
    const paragraphs = wordParagraphs(part(parts, 'word/document.xml')).map(({ style, text }) => `${style || 'bullet'}: ${text}`);
    expect(paragraphs).toEqual([
      'Title: Northshire SEND peer challenge: themed collections',
      'Heading1: Identification & assessment <of> need',
      'Heading2: Strength',
      'ListParagraph: Parents’ “voice” is heard in every plan seen & acted on',
      'ListParagraph: Early years SENCOs are confident; “très bien” said one 👍',
      'ListParagraph: # of referrals to the panel is tracked weekly',
      'Heading2: Area for consideration',
      'ListParagraph: Waiting times for "speech & language" assessments are > 20 weeks',
      'ListParagraph: Health advice late\n- in 4 of 6 plans\n1. chased by caseworkers',
      'Heading2: Evidence',
      'ListParagraph: Audit of 12 plans: 9 < 20 weeks',
      'Heading2: Follow-up',
      'ListParagraph: Ask the DCO about <b>bold</b> claims of capacity',
      'Heading1: Co-production with families',
      'Heading2: Strength',
      'ListParagraph: The parent carer forum co-chairs the board',
      'ListParagraph: Plans use the child’s own words: *really* strong',
      'Heading2: Area for consideration',
      'ListParagraph: Feedback loops to families are informal',
      'ListParagraph: [Forum] wants earlier sight of papers',
      'ListParagraph: > 1 in 3 parents unaware of the Local Offer',
      'Heading2: Follow-up',
      'ListParagraph: Meet the forum on day 3',
      'Heading1: Transitions at 16+',
      'bullet: No notes.',
    ]);
  });

  it('carries no dates and no authors, and the same collections give the same bytes', async () => {
    const docx = await collectionsDocx(collections());
    expectNeutralPackage(docx);
    expect(part(xmlParts(docx), 'docProps/core.xml')).toContain(
      '<dc:title>Northshire SEND peer challenge: themed collections</dc:title>',
    );
    expect(Buffer.compare(docx, await collectionsDocx(collections()))).toBe(0);
  });
});

describe('collectionsPptx', () => {
  it('gives a title slide, then per theme a slide of strengths and one of areas for consideration', async () => {
    const slides = slidesXml(xmlParts(await collectionsPptx(collections()))).map(slideParagraphs);
    expect(slides).toEqual([
      ['Northshire SEND peer challenge', 'Emerging findings'],
      [
        'Identification & assessment <of> need — Strengths',
        'Parents’ “voice” is heard in every plan seen & acted on',
        'Early years SENCOs are confident; “très bien” said one 👍',
        '# of referrals to the panel is tracked weekly',
      ],
      [
        'Identification & assessment <of> need — Areas for consideration',
        'Waiting times for "speech & language" assessments are > 20 weeks',
        'Health advice late - in 4 of 6 plans 1. chased by caseworkers',
      ],
      [
        'Co-production with families — Strengths',
        'The parent carer forum co-chairs the board',
        'Plans use the child’s own words: *really* strong',
      ],
      [
        'Co-production with families — Areas for consideration',
        'Feedback loops to families are informal',
        '[Forum] wants earlier sight of papers',
        '> 1 in 3 parents unaware of the Local Offer',
      ],
      ['Transitions at 16+ — Strengths', 'No notes.'],
      ['Transitions at 16+ — Areas for consideration', 'No notes.'],
    ]);
  });

  it('continues a theme with many notes on further slides, every note once and in order', async () => {
    const many = Array.from({ length: 40 }, (_, index) => `Note ${index + 1}: ${'the local offer is hard to find and out of date '.repeat(2)}`);
    const data = collections();
    data.themes = [{ theme: { id: 'many', title: 'Local offer' }, notes: { strength: many, areaForConsideration: [], evidence: [], followUp: [] } }];
    const slides = slidesXml(xmlParts(await collectionsPptx(data)));
    const strengths = slides.slice(1, -1).map(slideParagraphs);
    expect(strengths.length).toBeGreaterThan(2);
    expect(strengths.map(([title]) => title)).toEqual([
      'Local offer — Strengths',
      ...strengths.slice(1).map(() => 'Local offer — Strengths (continued)'),
    ]);
    expect(strengths.flatMap(([, ...bullets]) => bullets)).toEqual(many.map((note) => note.trim()));
    expect(slides.slice(1, -1).every((xml) => xml.includes(`sz="${FONT_SIZES[FONT_SIZES.length - 1] * 100}"`))).toBe(true);
    expect(slideParagraphs(slides[slides.length - 1] ?? '')[0]).toBe('Local offer — Areas for consideration');
  });

  it('carries no dates and no authors, and the same collections give the same bytes', async () => {
    const pptx = await collectionsPptx(collections());
    expectNeutralPackage(pptx);
    expect(Buffer.compare(pptx, await collectionsPptx(collections()))).toBe(0);
  });
});

describe('slidePages', () => {
  const box = { widthPt: 600, heightPt: 288 };

  it('keeps a few bullets on one slide at the largest size', () => {
    expect(slidePages(['one', 'two'], box)).toEqual([{ fontSize: 20, bullets: ['one', 'two'] }]);
  });

  it('shrinks the font before it adds a slide', () => {
    const bullets = Array.from({ length: 10 }, (_, index) => `Short note ${index}`);
    expect(slidePages(bullets, box)).toEqual([{ fontSize: 18, bullets }]);
  });

  it('splits at the smallest size when even that does not fit, keeping the order', () => {
    const bullets = Array.from({ length: 60 }, (_, index) => `Note ${index}`);
    const pages = slidePages(bullets, box);
    // A one-line bullet at 14pt takes 14 × 1.2 + 6 = 22.8pt: 12 to a 288pt box.
    expect(pages.map(({ bullets: onPage }) => onPage.length)).toEqual([12, 12, 12, 12, 12]);
    expect(pages.every(({ fontSize }) => fontSize === 14)).toBe(true);
    expect(pages.flatMap(({ bullets: onPage }) => onPage)).toEqual(bullets);
  });

  it('gives an empty list one empty slide', () => {
    expect(slidePages([], box)).toEqual([{ fontSize: 20, bullets: [] }]);
  });
});
