import { createAssignmentsRepository } from './assignments-repository.ts';
import { createCatalogRepository } from './catalog-repository.ts';
import type { Db } from './database.ts';
import { createPseudonymsRepository } from './pseudonyms-repository.ts';
import { createSavedToolsRepository } from './saved-tools-repository.ts';
import { createSecretsRepository } from './secrets-repository.ts';
import { createTicketsRepository } from './tickets-repository.ts';
import { createUsersRepository } from './users-repository.ts';

/** The async data-access layer the routes use; nothing above it sees SQL. */
export function createRepositories(db: Db) {
  return {
    catalog: createCatalogRepository(db),
    users: createUsersRepository(db),
    pseudonyms: createPseudonymsRepository(db),
    secrets: createSecretsRepository(db),
    tickets: createTicketsRepository(db),
    assignments: createAssignmentsRepository(db),
    savedTools: createSavedToolsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
