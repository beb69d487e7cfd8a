import { Transform } from 'class-transformer';

/** Trims strings before class-validator sees them, so "   " fails @IsNotEmpty like "" does. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
