import type { ToolRecord } from '../db/catalog-repository.ts';
import { AUDIENCES, inVocabularyOrder, LANGUAGES, TOPICS } from './vocabulary.ts';

/** The public Tool JSON (same shape in lists and detail); launch secrets and URLs are not part of it. */
export function toolJson(tool: ToolRecord) {
  return {
    id: tool.id,
    name: tool.name,
    summary: tool.summary,
    description: tool.description,
    vendor: tool.vendor,
    topics: inVocabularyOrder(TOPICS, tool.topics),
    audiences: inVocabularyOrder(AUDIENCES, tool.audiences),
    languages: inVocabularyOrder(LANGUAGES, tool.languages),
    keywords: tool.keywords,
    status: tool.status,
    withdrawnReason: tool.withdrawnReason,
    launch: { mode: tool.launchMode, opensIn: tool.opensIn },
    updatedAt: tool.updatedAt,
  };
}

export type ToolJson = ReturnType<typeof toolJson>;
