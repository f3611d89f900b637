import { describe, expect, it } from 'vitest';
import { nameFromEmail, personalName } from '../../src/domain/redaction/personal-name.js';

describe('a person’s name in a review file', () => {
  it.each([
    ['Siobhán O’Neill', ['Siobhán O’Neill']],
    ['Dr Amara Okafor (paediatrician)', ['Dr Amara Okafor']],
    ['Cllr Rowena Fettiplace (lead member, demo)', ['Cllr Rowena Fettiplace']],
    ['Cher', ['Cher']],
    ['Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ['Ana da Silva', ['Ana da Silva']],
    // names in capitals are names: capitals are how some write surnames
    ['Sarah JONES', ['Sarah JONES']],
    ['SARAH JONES', ['SARAH JONES']],
    ["SIOBHÁN O'NEILL", ["SIOBHÁN O'NEILL"]],
    // a role word in a person's name does not make it a role
    ['Tom Head', ['Tom Head']],
    ['Amy Lead', ['Amy Lead']],
    ['Emma Service', ['Emma Service']],
    ['Will Young', ['Will Young']],
    ['Jo Parent', ['Jo Parent']],
    ['Mr Ravi Chief', ['Mr Ravi Chief']],
    // post-nominals go
    ['Kemi Adeyemo OBE', ['Kemi Adeyemo']],
    ['Kemi Adeyemo, OBE', ['Kemi Adeyemo']],
    ['Dr Jo Hale MBE PhD', ['Dr Jo Hale']],
    ['Jo Hale Ph.D.', ['Jo Hale']],
    ['Jo Hale PHD', ['Jo Hale']],
    ['Prof Ian Marsh CBE FRCPCH', ['Prof Ian Marsh']],
    ['Jack MA', ['Jack MA']],
    ['Jack Ma', ['Jack Ma']],
    // a role beside the name goes; a surname written first stays
    ['Sarah Jones, Head of SEND', ['Sarah Jones']],
    ['Sarah Jones - ICB SEND Lead', ['Sarah Jones']],
    ['Sarah Jones – Participation lead', ['Sarah Jones']],
    ['Head of SEND / Sarah Jones', ['Sarah Jones']],
    ['Jones, Sarah', ['Jones Sarah']],
    ['Zoë Brontë-Smith', ['Zoë Brontë-Smith']],
  ])('%s → %j', (name, expected) => {
    expect(personalName(name)).toEqual(expected);
  });

  it.each([
    // "X of Y", "X for Y", joined words
    "Director of Children's Services (demo)",
    'Head of CAMHS',
    'Director of Public Health (demo)',
    'Lead Member for Children',
    'Children and Young People Team',
    'Parents & Carers Together',
    // only role words and acronyms
    'Chief Executive (demo)',
    'ICB SEND Lead (demo)',
    'Designated Clinical Officer',
    'SENDIASS (demo)',
    'CAMHS',
    'Parent Carer Forum (demo)',
    'Principal Educational Psychologist',
    'Early Help Lead',
    'Virtual School Head',
    'ICB SEND LEAD',
    'send lead',
    // a description: a later word in lower case
    'SEND Board chair (demo)',
    'Participation lead (demo)',
    'SENCO network (demo)',
    "Headteachers' forum (demo)",
    'Educational psychology service (demo)',
    "Health practitioners' lead (demo)",
    'SEND service manager (demo)',
    "Children's social care lead (demo)",
    'Visits coordinator (demo)',
    'Autism Outreach lead',
    // nothing left
    '',
    '(tbc)',
    'OBE',
  ])('a role or a body, not a person: %s', (name) => {
    expect(personalName(name)).toEqual([]);
  });
});

describe('a name from an email address', () => {
  it.each([
    ['jane.smith@x.example', '', ['Jane Smith']],
    ['jane_smith@x.example', '', ['Jane Smith']],
    ['jane.smith-jones@x.example', '', ['Jane Smith-Jones']],
    ['zoë.brontë@x.example', '', ['Zoë Brontë']],
    ['mark.brown@x.example', '', ['Mark Brown']],
    ['jane.smith@x.example', 'Head of CAMHS', ['Jane Smith']],
    // not first.last
    ['info@x.example', '', []],
    ['jsmith@x.example', '', []],
    ['j.smith@x.example', '', []],
    ['jane.smith2@x.example', '', []],
    // role mailboxes: a role word, or a word of the role the entry names
    ['send.lead@icb.example', 'ICB SEND Lead', []],
    ['director.childrens@x.example', "Director of Children's Services", []],
    ['chief.executive@x.example', 'Chief Executive', []],
    ['public.health@x.example', 'Director of Public Health', []],
    ['camhs.head@nhs.example', 'Head of CAMHS', []],
    ['parent.forum@pcf.example', 'Parent Carer Forum', []],
    ['early.help@x.example', 'Early help lead', []],
    ['social.care@x.example', "Children's social care lead", []],
    ['send.team@x.example', '', []],
    ['autism.outreach@x.example', 'Autism Outreach lead', []],
    ['youth.offending@x.example', 'Youth Offending Service', []],
  ])('%s (%s) → %j', (email, role, expected) => {
    expect(nameFromEmail(email, role)).toEqual(expected);
  });
});
