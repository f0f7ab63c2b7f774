/** A problem with the user's input: reported as one line on stderr with exit code 2. */
export class InputError extends Error {}
