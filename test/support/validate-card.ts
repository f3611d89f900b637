/** Parses a card with the official adaptivecards library and returns every problem it reports. */
import { createRequire } from 'node:module';

// The package's ESM build has extension-less imports Node cannot load; its bundled build loads fine.
const ac = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

export const cardProblems = (card: unknown): string[] => {
  const adaptiveCard = new ac.AdaptiveCard();
  const context = new ac.SerializationContext();
  adaptiveCard.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of adaptiveCard.validateProperties().validationEvents) problems.push(event.message);
  return problems;
};
