/** Which API permission each console screen needs; screens not listed here are not offered. */
const SCREEN_PERMISSIONS: Record<string, Partial<Record<string, string>>> = {
  Partnership: { list: 'partnership.read', show: 'partnership.read' },
  FailedJob: { list: 'job.read' },
};

export const permissionFor = (resource: string, action: string): string | undefined =>
  SCREEN_PERMISSIONS[resource]?.[action];
