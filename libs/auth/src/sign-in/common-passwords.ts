/**
 * Passwords seen most often in breach corpora (NCSC's "100k most common" list begins with these),
 * plus the obvious local ones. A short list catches the passwords people actually choose; the
 * minimum length does the rest.
 */
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', 'password1234', 'password12345', 'passwordpassword', 'qwertyuiop12',
  'qwertyuiopas', '1q2w3e4r5t6y', 'iloveyou1234', 'letmein12345', 'welcome12345', 'welcome123456',
  'administrator', 'changeme1234', 'trustno11234', 'football1234', 'baseball1234', 'superman1234',
  'sunshine1234', 'princess1234', 'monkey123456', 'dragon123456', 'abc123456789', 'aaaaaaaaaaaa',
  '111111111111', '000000000000', '123123123123', 'qwerty123456', 'password123!', 'Password123!',
  'passw0rd1234', 'p@ssw0rd1234', 'familyhub123', 'familyhubs123', 'northshire123', 'kindred12345',
  'summer2026!!', 'winter2026!!', 'autumn2026!!', 'spring2026!!', 'council12345', 'nhspassword1',
  'volunteer123', 'safeguarding', 'safeguarding1', 'children1234', 'familysupport', 'healthvisitor',
]);
