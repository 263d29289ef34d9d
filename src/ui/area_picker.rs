//! The treatment areas, which set the per-session price.

use super::context::Ctx;
use super::markup::Markup;
use crate::model::small_map::SmallSet;
use crate::model::Area;

/// Markup (`markup.rs`): each box names its action (`data-change="area"`,
/// see `controls.rs`). The scalp is not offered here: it comes with the
/// hair-loss concern, and the hint says so. Without a skin concern (hair
/// loss alone) the skin areas are not offered either: a ticked "Face"
/// would look part of a plan it is not in. Stretch marks with no body
/// area ticked get a hint: the one list serves every concern, and they
/// are priced on body areas only (`estimate::plan`), not on the face
/// another concern brought (or the preselected one).
pub fn area_picker(
    m: &mut Markup,
    ctx: &Ctx,
    areas: &SmallSet<Area>,
    hair_loss: bool,
    skin: bool,
    stretch_marks: bool,
) {
    let t = ctx.t();
    m.tag("<fieldset class=\"te-group te-areas\"");
    // Said with the group's name, as a screen reader enters it.
    let hint = ctx.id("areas-hint");
    let ask = stretch_marks && !areas.iter().any(|a| a.is_body());
    if ask {
        m.fill(" aria-describedby=\"{}\"", &[&hint]);
    }
    m.fill("><legend>{}</legend>", &[t.areas_legend]);
    // Hidden, not left out: the list after it keeps its boxes, and the
    // focus with them, when the first body area is ticked (verify57 F1:
    // the list was built again and the focus fell to the page).
    m.fill("<p class=\"te-hint\" id=\"{}\"", &[&hint]);
    if !ask {
        m.tag(" hidden=\"\"");
    }
    m.fill(">{}</p>", &[t.stretch_marks_where]);
    if skin {
        skin_areas(m, ctx, areas);
    }
    if hair_loss {
        m.fill("<p class=\"te-hint\">{}</p>", &[t.scalp_with_hair_loss]);
    }
    m.tag("</fieldset>");
}

fn skin_areas(m: &mut Markup, ctx: &Ctx, areas: &SmallSet<Area>) {
    let t = ctx.t();
    m.tag("<ul class=\"te-chips\" role=\"list\">");
    for area in Area::ALL.into_iter().filter(|a| ctx.config.tickable(*a)) {
        let id = ctx.id(&crate::model::text::cat(&["a-", area.id()]));
        m.fill(
            "<li class=\"te-chip\"><input type=\"checkbox\" class=\"te-check\" id=\"{}\" \
             data-change=\"area\" data-id=\"{}\"",
            &[&id, area.id()],
        );
        if areas.contains(&area) {
            m.tag(" checked=\"\"");
        }
        m.fill(
            "></input><label for=\"{}\">{}</label></li>",
            &[&id, t.area_name(area)],
        );
    }
    m.tag("</ul>");
}
