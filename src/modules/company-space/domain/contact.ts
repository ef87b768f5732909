// Linear patterns (no two quantifiers can trade characters: the domain's labels hold no dot),
// applied only after the length checks (issue 19 §1: the former `[^\s@]+\.[^\s@]+` ran in
// quadratic time on a long run of dots).
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 .()-]{6,25}$/;
const EMAIL_MAX = 254;
const PHONE_MAX = 25;

/** An e-mail address of a company's contact or manager (already trimmed and lowercased): bounded, then the pattern. */
export const isEmailAddress = (email: string): boolean => email.length <= EMAIL_MAX && EMAIL.test(email);

/** A phone number as typed (trimmed): bounded, then digits, spaces, dots, brackets and dashes, an optional leading +. */
export const isPhoneNumber = (phone: string): boolean => phone.length <= PHONE_MAX && PHONE.test(phone);
