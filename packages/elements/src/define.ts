// Registers every element. Safe to load twice: names already taken are skipped.
import './provider/define.ts';
import './tool-catalog/define.ts';
import './assign-tool/define.ts';
import './assignment-list/define.ts';
import './my-tools/define.ts';
