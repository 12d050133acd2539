import type { Role } from '../db/schema.ts';

export interface LtiLaunchContext {
  tool: { id: string; name: string; opensIn: 'same-tab' | 'new-window'; custom: Record<string, string> };
  /** The assignment this launch starts; self-chosen launches have none. */
  assignmentId: string | null;
  pseudonym: string;
  role: Role;
  locale: string;
  publicUrl: string;
}

/** LTI 1.1 custom parameter names: lower case, every character outside a-z0-9 becomes "_". */
export function customParameterName(name: string): string {
  return `custom_${name.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}

/** The launch parameters before signing. Nothing here identifies the person beyond the vendor's pseudonym. */
export function ltiLaunchParameters(context: LtiLaunchContext): Array<[string, string]> {
  const { tool } = context;
  return [
    ['lti_message_type', 'basic-lti-launch-request'],
    ['lti_version', 'LTI-1p0'],
    // The assignment is the resource link, so the tool can keep one attempt per assignment; self-chosen launches use the tool id.
    ['resource_link_id', context.assignmentId ?? tool.id],
    ['resource_link_title', tool.name],
    ['user_id', context.pseudonym],
    ['roles', context.role === 'citizen' ? 'Learner' : 'Instructor'],
    ['launch_presentation_locale', context.locale],
    ['launch_presentation_document_target', tool.opensIn === 'new-window' ? 'window' : 'frame'],
    ['launch_presentation_return_url', `${context.publicUrl}/lti/return`],
    ['tool_consumer_instance_guid', new URL(context.publicUrl).host],
    ['tool_consumer_info_product_family_code', 'koblingslab'],
    ...Object.entries(tool.custom).map(([name, value]): [string, string] => [customParameterName(name), value]),
  ];
}
