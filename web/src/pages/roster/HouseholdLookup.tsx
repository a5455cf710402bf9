import { HouseholdSearch } from './Household';

/** 一户一档 without a household yet: ask for the household number. */
export default function HouseholdLookup() {
  return <HouseholdSearch />;
}
