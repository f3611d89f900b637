/** The demo review and its made-up people as Teams users, for the tests that drive the bot on the demo. */
import { readFileSync } from 'node:fs';
import { user } from './bot-harness.js';

export const DEMO = readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8');

export const alex = user('1', 'Alex Rowan', 'alex.rowan@shropshire.example');
export const morgan = user('2', 'Morgan Hale', 'morgan.hale@peers.example');
export const fern = user('3', 'Fern Castell', 'fern.castell@peers.example');
export const isla = user('4', 'Isla Brennan', 'isla.brennan@peers.example');
export const owen = user('5', 'Owen Tate', 'owen.tate@peers.example');
export const ruth = user('6', 'Ruth Okafor', 'ruth.okafor@peers.example');
export const jude = user('7', 'Jude Marlow', 'jude.marlow@peers.example');
export const sam = user('8', 'Sam Lindqvist', 'sam.lindqvist@shropshire.example');
