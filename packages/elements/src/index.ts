// Classes, types and helpers without side effects; import './define.ts' (or a per-element define) to register tags.
export * from './api/index.ts';
export { hnContext, type HnContextValue } from './context.ts';
export { defineElement } from './define-element.ts';
export { emit, type HnEventDetail, type HnEventMap, type HnEventName } from './events.ts';
export { browserLauncher, type HnLauncher, type HnLaunchWindow } from './launcher.ts';
export { defaultLocale, hnLocales, resolveLocale, type HnLocale } from './locale.ts';
export { mergeResources, type ResourceOverrides } from './resources.ts';
export { HnProvider } from './provider/provider.ts';
export { HnToolCatalog } from './tool-catalog/tool-catalog.ts';
export { toolCatalogResources, type ToolCatalogResources } from './tool-catalog/tool-catalog.resources.ts';
export { HnAssignTool, assignmentMessageMaxLength } from './assign-tool/assign-tool.ts';
export { assignToolResources, type AssignToolResources } from './assign-tool/assign-tool.resources.ts';
export { HnAssignmentList } from './assignment-list/assignment-list.ts';
export { assignmentListResources, type AssignmentListResources } from './assignment-list/assignment-list.resources.ts';
export { HnMyTools } from './my-tools/my-tools.ts';
export { myToolsResources, type MyToolsResources } from './my-tools/my-tools.resources.ts';
export { startLaunch, type LaunchFailure, type LaunchRequestOptions } from './launch-flow.ts';
