import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

/** Names the review does not know: the children, parents and others a note speaks of. */
const text = (input: string) => redact(input, []).text;

describe('redact: names the review does not know', () => {
  it.each([
    // the audit's sentences
    ['Parents said her son Jayden had been out of school.', 'Parents said her son [name] had been out of school.'],
    ['Aisha (aged 14) and her friend Noah said they felt listened to.', '[name] (aged 14) and her friend [name] said they felt listened to.'],
    // many cultures, first names and full names
    ['Kacper and Oluwaseun both moved to the resource base.', '[name] and [name] both moved to the resource base.'],
    ['We spoke to Rhys and Cerys, who both attend the unit.', 'We spoke to [name] and [name], who both attend the unit.'],
    ['Priya Sharma from the inclusion team said so.', '[name] from the inclusion team said so.'],
    ['Chen Wei said the interpreter was hard to book.', '[name] said the interpreter was hard to book.'],
    ['Declan McAllister, the designated medical officer, agreed.', '[name], the designated medical officer, agreed.'],
    ['Teachers described Alfie-Jay as making progress.', 'Teachers described [name] as making progress.'],
    // names no list has, by where they stand
    ['Ngozi, a Year 11 student, wants to go to college.', '[name], a Year 11 student, wants to go to college.'],
    ['Dmytro joined in January.', '[name] joined in January.'],
    ['The young person, Oleksandr, said the classes helped.', 'The young person, [name], said the classes helped.'],
    ['Parent carer Thi Thanh said the leaflets helped.', 'Parent carer [name] said the leaflets helped.'],
    // relatives, possessives, "called"
    ['Maryam and her brother Idris both have plans.', '[name] and her brother [name] both have plans.'],
    ['Gethin and his sister Lowri use short breaks.', '[name] and his sister [name] use short breaks.'],
    ['A dad called Marcus said he had given up.', 'A dad called [name] said he had given up.'],
    ["Saoirse's mum described the wait.", "[name]'s mum described the wait."],
    ['Mum (Rachel) said the portal logged her out.', 'Mum ([name]) said the portal logged her out.'],
    ['Today Aisha said she was happy.', 'Today [name] said she was happy.'],
    // a name that is also a word, where the sentence makes it one
    ['Her daughter Grace was refused a place.', 'Her daughter [name] was refused a place.'],
    ['Her son Will uses a communication aid.', 'Her son [name] uses a communication aid.'],
    ['The SENCO described how Poppy was supported.', 'The SENCO described how [name] was supported.'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    // ordinary words that are also names stay words
    'Hope was a word parents used a lot.',
    'Grace periods apply. Will the new strategy change anything? Mark schemes were explained.',
    'Young people said they felt listened to.',
    'We spoke to them. She told us. Staff said so. Dad told us.',
    // bodies, programmes and places
    'Parents told us the Local Offer is hard to find.',
    'Shropshire Council and the Parent Carer Forum met.',
    'We met in the Guildhall.',
    'Services are concentrated in Shrewsbury and Telford.',
    'Telford and Wrekin share services.',
    'West Mercia Police train officers.',
    'Mencap and Makaton were mentioned; Ofsted and CQC inspected in 2022.',
    'Speech and Language Therapy waits have fallen; the SEND Code of Practice is clear.',
    'English as an additional language; EHCPs and SENCOs.',
    'The Youth Forum wants young people on every panel.',
  ])('leaves alone: %s', (input) => {
    expect(text(input)).toBe(input);
  });
});
