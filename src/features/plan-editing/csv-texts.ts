import { defineTexts } from '../../i18n';

/** Messages of the plan's goal import, each named with the line it is about. */
export const planCsvTexts = defineTexts(
  {
    unknownColumns: (names: string) => `De kopregel heeft onbekende kolommen: ${names}. Gebruik de kolommen van de export.`,
    missingColumns: (names: string) => `De kopregel mist de kolommen: ${names}.`,
    noRows: 'Het bestand heeft een kopregel maar geen doelen.',
    refRequired: 'Vul in de kolom referentie een code voor dit doel in.',
    refDuplicate: (line: number) => `Deze referentie staat ook al op regel ${line}.`,
    parentUnknown: (ref: string) => `Er is geen doel met referentie "${ref}" in het bestand.`,
    cycle: 'Dit doel valt (via andere doelen) onder zichzelf.',
    tooDeep: 'Dit doel komt op een vierde niveau. Een plan heeft hoogstens drie niveaus: ambitie, doel en subdoel.',
    levelMismatch: (given: string, actual: number) =>
      `Het niveau "${given}" klopt niet met het bovenliggende doel: dit doel staat op niveau ${actual}.`,
    unknownName: (column: string, value: string) => `De kolom ${column} noemt "${value}", maar die bestaat niet.`,
    cell: (column: string, message: string) => `Kolom ${column}: ${message}`,
    weightsAllZero: 'Alle doelen onder hetzelfde bovenliggende doel hebben gewicht 0. Geef minstens één een gewicht groter dan 0.',
  },
  {
    unknownColumns: (names) => `The header line has unknown columns: ${names}. Use the columns of the export.`,
    missingColumns: (names) => `The header line lacks the columns: ${names}.`,
    noRows: 'The file has a header line but no goals.',
    refRequired: 'Enter a code for this goal in the column referentie.',
    refDuplicate: (line) => `This reference is also on line ${line}.`,
    parentUnknown: (ref) => `There is no goal with reference "${ref}" in the file.`,
    cycle: 'This goal falls (through other goals) under itself.',
    tooDeep: 'This goal lands on a fourth level. A plan has three levels at most: ambition, goal and sub-goal.',
    levelMismatch: (given, actual) => `The level "${given}" does not match the parent goal: this goal is on level ${actual}.`,
    unknownName: (column, value) => `The column ${column} names "${value}", which does not exist.`,
    cell: (column, message) => `Column ${column}: ${message}`,
    weightsAllZero: 'Every goal under the same parent has weight 0. Give at least one a weight above 0.',
  },
);
