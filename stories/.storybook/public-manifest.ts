// The analyzer lists every class field, private state included, and each attribute-backed property twice (as
// `page-size` and `pageSize`). Designers' controls should show the public API once: attributes under their HTML
// names, plus the properties that have no attribute (`resources`, `launcher`, `tokenProvider`).

interface ManifestMember {
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  name?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: Array<{ declarations?: ManifestDeclaration[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

function isPublicPropertyWithoutAttribute(member: ManifestMember): boolean {
  return member.kind === 'field' && !member.privacy && !member.static && !member.attribute;
}

/** A copy of the manifest whose elements list only public, attribute-less properties as members. */
export function publicApiOnly(manifest: object): object {
  const source = manifest as Manifest;
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName ? { ...declaration, members: declaration.members?.filter(isPublicPropertyWithoutAttribute) } : declaration,
      ),
    })),
  };
}
