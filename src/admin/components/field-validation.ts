/** A Fluent `Field`'s error props: the message, and the error state exactly when there is one. */
export function fieldValidation(message: string | undefined): {
  validationMessage: string | undefined;
  validationState: "error" | "none";
} {
  return { validationMessage: message, validationState: message ? "error" : "none" };
}
