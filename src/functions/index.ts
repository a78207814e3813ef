/*
 * The functions script Excel loads: it binds each id of functions.json to its JavaScript function. Outside Excel's
 * custom-functions runtime (the task pane page opened in a browser, a test, the bench) there is no
 * CustomFunctions to bind to, and loading the script must not fail for it.
 */
import {
  age,
  ageShare,
  checkShare,
  count,
  ethnicity,
  gender,
  isMinority,
  issues,
  minorityShare,
  planRate,
  share,
  stats,
  unicode,
  womenShare,
} from "./functions";

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("PLANRATE", planRate);
  CustomFunctions.associate("COUNT", count);
  CustomFunctions.associate("SHARE", share);
  CustomFunctions.associate("WOMENSHARE", womenShare);
  CustomFunctions.associate("MINORITYSHARE", minorityShare);
  CustomFunctions.associate("AGE", age);
  CustomFunctions.associate("AGESHARE", ageShare);
  CustomFunctions.associate("GENDER", gender);
  CustomFunctions.associate("ETHNICITY", ethnicity);
  CustomFunctions.associate("ISMINORITY", isMinority);
  CustomFunctions.associate("UNICODE", unicode);
  CustomFunctions.associate("CHECKSHARE", checkShare);
  CustomFunctions.associate("ISSUES", issues);
  CustomFunctions.associate("STATS", stats);
}
