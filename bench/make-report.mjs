/**
 * Builds Strategic Assessment-like council committee reports as real .docx packages: hand-written
 * WordprocessingML zipped with fflate. Used by the benchmark (a 200-page report and a batch of
 * ordinary ones) and by tests that need a report with known content and known defects.
 *
 *   import { makeReport, makeStrategicAssessment, makeOrdinaryReport } from './make-report.mjs';
 *   node bench/make-report.mjs out.docx [--paragraphs 300] [--seed 7] [--defects a,b]
 *        [--headings heading|bold] [--numbering typed|word] [--comments 4] [--resolved 2]
 *        [--data-tables 3] [--placeholder TEXT] [--strategic-assessment]
 *
 * The package is valid enough for Word and LibreOffice: content types, relationships, styles with
 * Heading1, numbering for N / N.M paragraph numbers, comments, core and app properties.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

/** Defects a report can be given on purpose; each maps to the checker rule it should trigger. */
export const DEFECTS = {
  'section-missing': 'the Risk section (4) is left out',
  'section-order': 'sections 5 and 6 are swapped',
  'numbering-duplicate': 'paragraph 1.4 is numbered twice',
  'numbering-gap': 'paragraph 3.3 is skipped',
  'paragraph-unnumbered': 'an unnumbered paragraph sits between 5.1 and 5.2',
  'placeholder-text': 'a "[Insert ...]" placeholder is left in section 6',
  'options-no-do-nothing': 'no "do nothing" option',
  'crosscutting-row-missing': 'the Procurement row is left out of the implications table',
  'crosscutting-signoff-empty': 'the Legal row has no sign-off',
  'header-field-empty': 'Wards affected has no value',
};

const SECTIONS = [
  { id: 'introduction-background', title: 'Introduction and Background', share: 0.6 },
  { id: 'available-options', title: 'Available Options', share: 0.1 },
  { id: 'preferred-option', title: 'Preferred Option and Reasons for Recommendations', share: 0.08 },
  { id: 'risk', title: 'Risk', share: 0.08 },
  { id: 'consultation', title: 'Consultation Results and Previous Committee Feedback', share: 0.08 },
  { id: 'next-steps', title: 'Next Steps: Communication and Implementation of the Decision', share: 0.06 },
  { id: 'cross-cutting', title: 'Cross-Cutting Issues and Implications', share: 0 },
  { id: 'appendices', title: 'Report Appendices', share: 0 },
  { id: 'background-papers', title: 'Background Papers', share: 0 },
];

const CROSS_CUTTING_ROWS = [
  [
    'Impact on Corporate Priorities',
    'The Strategic Assessment supports the priority of a safe, clean and green borough.',
    'Head of Housing and Community Services',
  ],
  [
    'Risk Management',
    'Covered in the risk section of this report.',
    'Head of Housing and Community Services',
  ],
  [
    'Financial',
    'The priorities will be delivered within existing budgets and partnership funding.',
    'Section 151 Officer & Finance Team',
  ],
  [
    'Staffing',
    'Delivered by the Community Protection Team with partners.',
    'Head of Housing and Community Services',
  ],
  ['Legal', 'The Crime and Disorder Act 1998 requires an annual strategic assessment.', 'Legal Team'],
  [
    'Privacy and Data Protection',
    'Data is shared under the partnership information sharing agreement.',
    'Policy and Information Team',
  ],
  [
    'Equalities',
    'No negative impact on any protected group has been identified.',
    'Equalities and Corporate Policy Officer',
  ],
  [
    'Public Health',
    'The priorities support the public health outcomes of the borough.',
    'Public Health Officer',
  ],
  [
    'Crime and Disorder',
    'The assessment sets the partnership priorities for reducing crime and disorder.',
    'Head of Housing and Community Services',
  ],
  ['Procurement', 'None.', 'Head of Housing and Community Services & Section 151 Officer'],
];

const WARDS = [
  'Allington',
  'Bearsted',
  'Boxley',
  'Bridge',
  'East',
  'Fant',
  'Heath',
  'High Street',
  'Marden',
  'Park Wood',
  'Shepway North',
  'South',
];
const CRIMES = [
  'Anti-social behaviour',
  'Violence and sexual offences',
  'Criminal damage and arson',
  'Burglary',
  'Vehicle crime',
  'Shoplifting',
  'Public order',
  'Drugs',
];
const WORDS = (
  'the partnership recorded crime anti-social behaviour domestic abuse reduce harm vulnerable ' +
  'victims offenders town centre night-time economy police council priorities data shows ' +
  'increase decrease compared with last year wards residents survey community safety ' +
  'safeguarding young people exploitation county lines reoffending partners Kent Police ' +
  'Maidstone Borough Council rate per thousand population trend quarter evidence response ' +
  'prevention early intervention multi-agency problem solving hotspots repeat locations'
).split(' ');
const AUTHORS = [
  ['Kent Police', 'KP'],
  ['Kent Fire and Rescue Service', 'KFRS'],
  ['Kent County Council Public Health', 'PH'],
  ['Golding Homes', 'GH'],
  ['Probation Service', 'PS'],
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Deterministic random numbers (mulberry32), so a seed always gives the same report. */
function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeXml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** A run of text; a tab becomes <w:tab/>, as Word writes it. */
function run(text, { bold = false } = {}) {
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const content = text
    .split('\t')
    .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
    .join('<w:tab/>');
  return `<w:r>${rPr}${content}</w:r>`;
}

function paragraph(content, { style = null, numbering = null, keepNext = false } = {}) {
  const pPr = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    keepNext ? '<w:keepNext/>' : '',
    numbering
      ? `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr>`
      : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

function table(rows, widths, { header = true } = {}) {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows
    .map((cells, r) => {
      const trPr = header && r === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      const tcs = cells
        .map((text, c) => {
          const content = text === '' ? '' : run(text, { bold: header && r === 0 });
          return `<w:tc><w:tcPr><w:tcW w:w="${widths[c]}" w:type="dxa"/></w:tcPr>${paragraph(content)}</w:tc>`;
        })
        .join('');
      return `<w:tr>${trPr}${tcs}</w:tr>`;
    })
    .join('');
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`
  );
}

/**
 * One committee report, as .docx bytes. Options (all optional):
 *   seed         same seed, same report
 *   title        the report's title
 *   paragraphs   numbered paragraphs across sections 1-6 (most in section 1)
 *   words        [min, max] words per numbered paragraph
 *   dataTables   crime-by-ward tables spread through section 1
 *   comments     partner comments on numbered paragraphs; `resolved` of them are marked done
 *   headings     'heading' (Heading1 style) or 'bold' (a bold Normal paragraph)
 *   numbering    'typed' ("1.4<tab>") or 'word' (Word list numbering)
 *   defects      keys of DEFECTS to put in on purpose
 *   placeholder  the text the placeholder-text defect leaves in
 */
export function makeReport(options = {}) {
  const {
    seed = 1,
    title = '2018-19 Safer Maidstone Partnership Strategic Assessment',
    paragraphs = 120,
    dataTables = 0,
    comments = 0,
    resolved = 0,
    headings = 'heading',
    numbering = 'typed',
    defects = [],
    placeholder = '[Insert the date of the next partnership meeting]',
    words = [8, 32],
  } = options;
  for (const defect of defects) {
    if (!(defect in DEFECTS))
      throw new Error(`Unknown defect "${defect}"; known: ${Object.keys(DEFECTS).join(', ')}`);
  }
  const has = (defect) => defects.includes(defect);
  const random = randomFrom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (min, max) => {
    const count = min + Math.floor(random() * (max - min + 1));
    const text = Array.from({ length: count }, () => pick(WORDS)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };

  const body = [];
  const commentParts = [];
  let commentsLeft = comments;
  let resolvedLeft = resolved;
  let numberedSoFar = 0;
  let commentEvery = Infinity;

  const withComment = (text) => {
    if (commentsLeft <= 0) return run(text);
    const id = commentParts.length;
    const [author, initials] = AUTHORS[id % AUTHORS.length];
    const done = resolvedLeft > 0;
    if (done) resolvedLeft--;
    commentsLeft--;
    commentParts.push({
      id,
      author,
      initials,
      done,
      text: `${author}: please check this figure against the latest quarter. ${sentence(4, 10)}`,
    });
    return (
      `<w:commentRangeStart w:id="${id}"/>${run(text)}<w:commentRangeEnd w:id="${id}"/>` +
      `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`
    );
  };

  const heading = (number, sectionTitle) => {
    const upper = sectionTitle.toUpperCase();
    if (headings === 'bold') {
      const text = numbering === 'word' ? upper : `${number}. ${upper}`;
      return paragraph(run(text, { bold: true }), {
        keepNext: true,
        numbering: numbering === 'word' ? { numId: 1, level: 0 } : null,
      });
    }
    return numbering === 'word'
      ? paragraph(run(upper), { style: 'Heading1', numbering: { numId: 1, level: 0 } })
      : paragraph(run(`${number}. ${upper}`), { style: 'Heading1' });
  };

  /** A numbered body paragraph "N.M text"; typed numbers keep defects (duplicates, gaps) expressible. */
  const numbered = (label, text, { forceTyped = false } = {}) => {
    numberedSoFar++;
    const content = numberedSoFar % commentEvery === 0 ? withComment(text) : run(text);
    if (numbering === 'word' && !forceTyped) return paragraph(content, { numbering: { numId: 1, level: 1 } });
    return paragraph(run(`${label}\t`) + content);
  };

  // Front matter, as Maidstone writes it: committee, date, title, header-field table.
  body.push(paragraph(run('Communities, Housing and Environment Committee', { bold: true })));
  body.push(paragraph(run('15 January 2019', { bold: true })));
  body.push(paragraph(run(title), { style: 'Title' }));
  body.push(
    table(
      [
        ['Final Decision-Maker', 'Council'],
        ['Lead Head of Service', 'John Littlemore, Head of Housing and Community Services'],
        ['Lead Officer and Report Author', 'Martyn Jeynes, Community Protection Manager'],
        ['Classification', 'Public'],
        ['Wards affected', has('header-field-empty') ? '' : 'All'],
      ],
      [3600, 5400],
      { header: false },
    ),
  );
  body.push(paragraph(run('Executive Summary', { bold: true }), { keepNext: true }));
  body.push(
    paragraph(
      run(
        `This report presents the ${title} and the partnership priorities it recommends. ${sentence(12, 24)}`,
      ),
    ),
  );
  body.push(
    paragraph(run('This report makes the following recommendations to this Committee:', { bold: true }), {
      keepNext: true,
    }),
  );
  body.push(
    paragraph(run('That the Strategic Assessment attached at Appendix 1 be noted.'), {
      numbering: { numId: 2, level: 0 },
    }),
  );
  body.push(
    paragraph(run('That the priorities set out in paragraph 3.2 be recommended to Council for adoption.'), {
      numbering: { numId: 2, level: 0 },
    }),
  );
  body.push(paragraph(run('Timetable', { bold: true }), { keepNext: true }));
  body.push(
    table(
      [
        ['Meeting', 'Date'],
        ['Communities, Housing and Environment Committee', '15 January 2019'],
        ['Council', '27 February 2019'],
      ],
      [5400, 3600],
    ),
  );

  // Paragraph counts per numbered section, by share of the total.
  const counts = SECTIONS.map((section, i) => {
    if (section.share === 0) return 0;
    return Math.max(i === 1 ? 3 : 2, Math.round(paragraphs * section.share));
  });

  const order = SECTIONS.map((_, i) => i).filter(
    (i) => !(has('section-missing') && SECTIONS[i].id === 'risk'),
  );
  if (has('section-order')) {
    const five = order.indexOf(4);
    const six = order.indexOf(5);
    [order[five], order[six]] = [order[six], order[five]];
  }

  // Comments go on numbered paragraphs spread evenly through the report, so every one is placed.
  const numberedTotal = order.reduce((sum, i) => sum + counts[i], 0);
  if (comments > 0) commentEvery = Math.max(1, Math.floor(numberedTotal / comments));

  const tablesEvery = dataTables > 0 ? Math.max(1, Math.floor(counts[0] / (dataTables + 1))) : Infinity;
  let tablesLeft = dataTables;

  for (const i of order) {
    const section = SECTIONS[i];
    const n = i + 1;
    body.push(heading(n, section.title));
    if (section.id === 'cross-cutting') {
      const rows = CROSS_CUTTING_ROWS.filter(
        ([issue]) => !(has('crosscutting-row-missing') && issue === 'Procurement'),
      ).map(([issue, implications, signOff]) => [
        issue,
        implications,
        has('crosscutting-signoff-empty') && issue === 'Legal' ? '' : signOff,
      ]);
      body.push(table([['Issue', 'Implications', 'Sign-off'], ...rows], [2400, 4400, 2200]));
      continue;
    }
    if (section.id === 'appendices') {
      body.push(
        paragraph(
          run('The following documents are to be published with this report and form part of the report:'),
        ),
      );
      body.push(paragraph(run(`Appendix 1: ${title}`), { numbering: { numId: 3, level: 0 } }));
      continue;
    }
    if (section.id === 'background-papers') {
      body.push(paragraph(run('None.')));
      continue;
    }
    let m = 0;
    for (let k = 1; k <= counts[i]; k++) {
      m++;
      let text = sentence(words[0], words[1]);
      let forceTyped = false;
      if (section.id === 'available-options' && k <= 3) {
        const doNothing = has('options-no-do-nothing')
          ? 'reduce the number of priorities to two'
          : 'do nothing and keep last year’s priorities';
        text = [
          `Option 1: ${doNothing}. ${sentence(6, 14)}`,
          `Option 2: adopt the priorities recommended by the assessment. ${sentence(6, 14)}`,
          `Option 3: adopt the priorities with a local focus on the town centre. ${sentence(6, 14)}`,
        ][k - 1];
      }
      if (section.id === 'introduction-background' && k === 5 && has('numbering-duplicate')) {
        m--;
        forceTyped = true;
      }
      if (section.id === 'preferred-option' && k === 3 && has('numbering-gap')) {
        m++;
        forceTyped = true;
      }
      if (section.id === 'next-steps' && k === 2 && has('placeholder-text')) {
        text = `The action plan will be presented on ${placeholder}.`;
      }
      // After a skipped number, Word's own list would carry on from the skip, so the rest of that
      // section is typed to keep the defect a pure gap.
      const afterGap = section.id === 'preferred-option' && has('numbering-gap') && k > 3;
      body.push(numbered(`${n}.${m}`, text, { forceTyped: forceTyped || afterGap }));
      if (section.id === 'consultation' && k === 1 && has('paragraph-unnumbered')) {
        body.push(paragraph(run(`An unnumbered note between paragraphs. ${sentence(6, 12)}`)));
      }
      if (section.id === 'introduction-background' && k % tablesEvery === 0 && tablesLeft > 0) {
        tablesLeft--;
        const caption = `Table ${dataTables - tablesLeft}: ${pick(CRIMES)} by ward, 2017-18 compared with 2016-17`;
        body.push(paragraph(run(caption, { bold: true }), { keepNext: true }));
        const rows = [['Ward', '2016-17', '2017-18', 'Change', 'Rate per 1,000']];
        for (const ward of WARDS.slice(0, 10)) {
          const before = 20 + Math.floor(random() * 400);
          const after = Math.max(0, before + Math.floor(random() * 120) - 60);
          rows.push([
            ward,
            String(before),
            String(after),
            `${after >= before ? '+' : ''}${after - before}`,
            (after / 11.2).toFixed(1),
          ]);
        }
        body.push(table(rows, [2600, 1500, 1500, 1500, 1900]));
      }
    }
  }

  const sectPr =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
    '<w:cols w:space="708"/></w:sectPr>';
  const documentXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;

  return zipPackage({ documentXml, comments: commentParts, title });
}

/** The big one: a ~200-page Strategic Assessment with ~5,000 numbered paragraphs. */
export function makeStrategicAssessment({ seed = 2018 } = {}) {
  return makeReport({
    seed,
    paragraphs: 5000,
    dataTables: 48,
    comments: 24,
    resolved: 10,
    headings: 'heading',
    numbering: 'word',
    // Short paragraphs, as in the assessment's findings lists: ~5,000 of them fill ~200 pages.
    words: [4, 14],
  });
}

/** An ordinary committee report of about 10 pages; the seed varies its shape and its defects. */
const TOPICS = [
  'Community Safety Plan',
  'CCTV Review',
  'Night-time Economy Update',
  'Domestic Abuse Strategy',
  'Public Spaces Protection Order',
];

export function makeOrdinaryReport(seed) {
  const random = randomFrom(seed * 7919);
  const keys = Object.keys(DEFECTS);
  const defects = random() < 0.4 ? [] : [keys[Math.floor(random() * keys.length)]];
  const comments = Math.floor(random() * 6);
  return makeReport({
    seed,
    title: `${TOPICS[seed % TOPICS.length]} ${2017 + (seed % 3)}-${18 + (seed % 3)}`,
    paragraphs: 90 + Math.floor(random() * 60),
    dataTables: 1 + Math.floor(random() * 3),
    comments,
    resolved: Math.floor(comments / 2),
    headings: random() < 0.5 ? 'heading' : 'bold',
    numbering: random() < 0.5 ? 'typed' : 'word',
    defects,
  });
}

function zipPackage({ documentXml, comments, title }) {
  const hasComments = comments.length > 0;
  const files = {
    '[Content_Types].xml': contentTypes(hasComments),
    '_rels/.rels': relationships([
      [
        'rId1',
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
        'word/document.xml',
      ],
      [
        'rId2',
        'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        'docProps/core.xml',
      ],
      [
        'rId3',
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
        'docProps/app.xml',
      ],
    ]),
    'word/_rels/document.xml.rels': relationships([
      ['rId1', `${R}/styles`, 'styles.xml'],
      ['rId2', `${R}/numbering`, 'numbering.xml'],
      ['rId3', `${R}/settings`, 'settings.xml'],
      ...(hasComments
        ? [
            ['rId4', `${R}/comments`, 'comments.xml'],
            [
              'rId5',
              'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
              'commentsExtended.xml',
            ],
          ]
        : []),
    ]),
    'word/document.xml': documentXml,
    'word/styles.xml': STYLES_XML,
    'word/numbering.xml': NUMBERING_XML,
    'word/settings.xml': SETTINGS_XML,
    'docProps/core.xml': coreXml(title),
    'docProps/app.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
      '<Application>Council Report bench</Application></Properties>',
  };
  if (hasComments) {
    files['word/comments.xml'] = commentsXml(comments);
    files['word/commentsExtended.xml'] = commentsExtendedXml(comments);
  }
  const zipped = {};
  for (const [name, text] of Object.entries(files)) zipped[name] = strToU8(text);
  return zipSync(zipped, { level: 6, mtime: new Date(1980, 0, 1) });
}

function contentTypes(hasComments) {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const overrides = [
    ['/word/document.xml', `${main}.document.main+xml`],
    ['/word/styles.xml', `${main}.styles+xml`],
    ['/word/numbering.xml', `${main}.numbering+xml`],
    ['/word/settings.xml', `${main}.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
    ...(hasComments
      ? [
          ['/word/comments.xml', `${main}.comments+xml`],
          ['/word/commentsExtended.xml', 'application/vnd.ms-word.commentsExtended+xml'],
        ]
      : []),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

function relationships(list) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join('') +
    '</Relationships>'
  );
}

function coreXml(title) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Community Protection Team</dc:creator>` +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2018-11-20T09:00:00Z</dcterms:created>' +
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2018-12-19T16:30:00Z</dcterms:modified>' +
    '</cp:coreProperties>'
  );
}

/** Comment paragraphs carry w14:paraId so commentsExtended can mark some resolved (w15:done). */
function paraId(id) {
  return (0x10000000 + id).toString(16).toUpperCase();
}

function commentsXml(comments) {
  const items = comments
    .map(
      ({ id, author, initials, text }) =>
        `<w:comment w:id="${id}" w:author="${escapeXml(author)}" w:date="2018-12-${String(1 + (id % 28)).padStart(2, '0')}T10:00:00Z" w:initials="${initials}">` +
        `<w:p w14:paraId="${paraId(id)}"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>` +
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' +
        `${run(text)}</w:p></w:comment>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:comments xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">' +
    items +
    '</w:comments>'
  );
}

function commentsExtendedXml(comments) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">' +
    comments
      .map(({ id, done }) => `<w15:commentEx w15:paraId="${paraId(id)}" w15:done="${done ? 1 : 0}"/>`)
      .join('') +
    '</w15:commentsEx>'
  );
}

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>' +
  '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' +
  '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>' +
  '<w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>' +
  '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>' +
  '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>' +
  '<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join('') +
  '</w:tblBorders></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>' +
  '</w:styles>';

function level(ilvl, format, text, indent, extra = '') {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/>` +
    `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="${indent}"/></w:pPr></w:lvl>`
  );
}

/** numId 1: sections "1." with paragraphs "1.1"; numId 2: recommendations "1."; numId 3: bullets. */
const NUMBERING_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>' +
  level(0, 'decimal', '%1.', 720) +
  level(1, 'decimal', '%1.%2', 720, '<w:isLgl/>') +
  '</w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>' +
  level(0, 'decimal', '%1.', 720) +
  '</w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>' +
  level(0, 'bullet', '•', 720) +
  '</w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
  '</w:numbering>';

const SETTINGS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '</w:settings>';

function parseCli(argv) {
  const options = {};
  let out = null;
  let strategic = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const value = () => argv[++i];
    switch (word) {
      case '--paragraphs':
      case '--seed':
      case '--comments':
      case '--resolved':
      case '--data-tables':
        options[word === '--data-tables' ? 'dataTables' : word.slice(2)] = Number(value());
        break;
      case '--defects':
        options.defects = value().split(',').filter(Boolean);
        break;
      case '--headings':
      case '--numbering':
      case '--placeholder':
      case '--title':
        options[word.slice(2)] = value();
        break;
      case '--strategic-assessment':
        strategic = true;
        break;
      default:
        if (word.startsWith('--')) throw new Error(`make-report: unknown option ${word}`);
        out = word;
    }
  }
  if (!out) throw new Error('make-report: give the .docx file to write');
  return { out, bytes: strategic ? makeStrategicAssessment(options) : makeReport(options) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { out, bytes } = parseCli(process.argv.slice(2));
  writeFileSync(out, bytes);
}
