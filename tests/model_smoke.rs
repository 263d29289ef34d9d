#![cfg(not(target_arch = "wasm32"))]
use treatment_estimator::model::*;

#[test]
fn acne_scars_on_the_face_default() {
    let config = ClinicConfig::default();
    let answers = Answers::default()
        .with_concern(Concern::AcneScars)
        .with_area(Area::Face);
    let out = estimate(&answers, &config);
    println!("{out:#?}");
    let plan = out.plan.unwrap();
    assert_eq!(plan.sessions, Span::new(4, 5));
}
