/** Node's file errors, in words an officer understands. */
export function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file (check the name and the folder)';
    case 'EISDIR':
      return 'it is a folder, not a file (to check every report in it, give folder/*.docx)';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
